#include "collating_proxy_model.h"

namespace dokhae::gui {

void CollatingProxyModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;  // sorting again would give the same order
    m_language = language;
    m_collator = QCollator(QLocale(language == QLatin1String("ko") ? QLocale::Korean : QLocale::English));
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    invalidate();
}

bool CollatingProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

bool CollatingProxyModel::hasChildren(const QModelIndex &parent) const
{
    if (sourceModel() && filterRegularExpression().pattern().isEmpty())
        return sourceModel()->hasChildren(mapToSource(parent));
    return QSortFilterProxyModel::hasChildren(parent);
}

} // namespace dokhae::gui
