#pragma once

#include "entity_library_model.h"
#include "store/library.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QModelIndex;
class QToolButton;
class QTreeView;

namespace dokhae::gui {

class CollatingProxyModel;

// Every entity the library's articles mention, with how many articles and mentions; expanding
// one lists its articles, and choosing an article asks for it to be opened at the first mention.
// Recognizing every article costs more than one, so the list is rebuilt only when it is shown
// after a change (an import, a correction), not on every change, and the library is read on a
// worker thread with a connection of its own: the window stays responsive on a large library.
class EntityLibraryView : public QWidget {
    Q_OBJECT

public:
    // The model's columns and roles, by the names the view's users know them by.
    static constexpr int NameColumn = EntityLibraryModel::NameColumn;
    static constexpr int ArticlesColumn = EntityLibraryModel::ArticlesColumn;
    static constexpr int MentionsColumn = EntityLibraryModel::MentionsColumn;
    static constexpr int EntityIdRole = EntityLibraryModel::EntityIdRole;
    static constexpr int ArticleIdRole = EntityLibraryModel::ArticleIdRole;
    static constexpr int SortRole = EntityLibraryModel::SortRole;
    static constexpr int FilterRole = EntityLibraryModel::FilterRole;

    explicit EntityLibraryView(store::Library &library, QWidget *parent = nullptr);

    EntityLibraryModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    // True from a change until the list shows a reading made after it.
    bool isStale() const { return m_stale; }

public slots:
    void reload();
    void markStale();  // reloads now if visible, else the next time it is shown
    void focusFilter();

signals:
    void articleChosen(qint64 articleId, const QString &entityId);
    // From the "Hidden" menu: the analyst wants a hidden entity back.
    void unhideRequested(const QString &entityId, const QString &name);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuild();
    void activate(const QModelIndex &proxyIndex);
    void rebuildHiddenMenu();
    void showScan(int generation, QList<store::LibraryEntity> entities);

    store::Library &m_library;
    QLineEdit *m_filterEdit;
    QTreeView *m_tree;
    QLabel *m_statusLabel;
    QToolButton *m_hiddenButton;
    QMenu *m_hiddenMenu;
    EntityLibraryModel *m_model;
    CollatingProxyModel *m_proxy;
    QList<std::pair<QString, entities::Entity>> m_hidden;  // id, and the entity as far as it is known
    bool m_stale = true;
    int m_generation = 0;  // of the last reading asked for; older answers are dropped
};

} // namespace dokhae::gui
