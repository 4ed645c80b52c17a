#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace dokhae::gui {

// Sorts text the way a reader of the interface's language orders it (Korean collation in Korean:
// 가나다 before Latin; English order in English), numbers as numbers; QSortFilterProxyModel's
// locale-aware sort follows the system's locale instead, whatever language the window speaks.
class CollatingProxyModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setLanguage(const QString &language);  // "ko" or "en"; sorts again

    // Without a filter a row has children when its source row has; the proxy would otherwise
    // sort every row's children to answer (All Entities: each entity's hundreds of articles,
    // sorted for every entity as the tree is laid out, although none is expanded).
    bool hasChildren(const QModelIndex &parent = {}) const override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator{QLocale(QLocale::English)};
    QString m_language;
};

} // namespace dokhae::gui
