#include "entity_library_view.h"

#include "collating_proxy_model.h"

#include "entity_tree_model.h"
#include "language.h"
#include "library_entities_reader.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QSortFilterProxyModel>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace dokhae::gui {

EntityLibraryView::EntityLibraryView(store::Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_filterEdit(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_statusLabel(new QLabel(this))
    , m_hiddenButton(new QToolButton(this))
    , m_hiddenMenu(new QMenu(this))
    , m_model(new EntityLibraryModel(this))
    , m_proxy(new CollatingProxyModel(this))
{
    setObjectName(QStringLiteral("entityLibraryView"));
    m_filterEdit->setObjectName(QStringLiteral("entityLibraryFilter"));
    m_tree->setObjectName(QStringLiteral("entityLibraryTree"));
    m_statusLabel->setObjectName(QStringLiteral("entityLibraryStatusLabel"));
    m_hiddenButton->setObjectName(QStringLiteral("entityHiddenButton"));
    m_hiddenMenu->setObjectName(QStringLiteral("entityHiddenMenu"));
    m_hiddenButton->setMenu(m_hiddenMenu);
    m_hiddenButton->setPopupMode(QToolButton::InstantPopup);
    connect(m_hiddenMenu, &QMenu::triggered, this, [this](QAction *action) {
        emit unhideRequested(action->data().toString(), action->text());
    });

    m_filterEdit->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterRole(FilterRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(NameColumn);
    m_proxy->setRecursiveFilteringEnabled(true);  // an entity that matches keeps its articles
    m_proxy->setAutoAcceptChildRows(true);
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->setExpandsOnDoubleClick(false);  // activate() expands, and opens articles
    m_tree->sortByColumn(MentionsColumn, Qt::DescendingOrder);
    m_tree->setUniformRowHeights(true);
    m_tree->setIndentation(m_tree->indentation() * 2 / 3);  // names need the width more than the tree
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statusLabel->setContentsMargins(6, 2, 6, 4);
    m_statusLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(4);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(m_hiddenButton);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_statusLabel);

    connect(m_filterEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_tree, &QTreeView::activated, this, &EntityLibraryView::activate);
    retranslateUi();  // names the columns, which the header is then told how to size
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ArticlesColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(MentionsColumn, QHeaderView::ResizeToContents);
}

void EntityLibraryView::markStale()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void EntityLibraryView::reload()
{
    if (!m_library.isOpen()) {
        showScan(++m_generation, {});
        m_stale = true;  // shown before the library is open: read it once it is
        return;
    }
    m_stale = true;
    m_statusLabel->setText(tr("Reading the entities of %n article(s)…", nullptr, m_library.articleCount()));
    const int generation = ++m_generation;
    readLibraryEntities(this, m_library.path(), [this, generation](QList<store::LibraryEntity> found) {
        showScan(generation, std::move(found));
    });
}

void EntityLibraryView::showScan(int generation, QList<store::LibraryEntity> entities)
{
    if (generation != m_generation)
        return;  // a later change asked for another reading
    m_model->setEntities(std::move(entities), interfaceLanguage());
    m_stale = false;
    m_hidden.clear();
    if (m_library.isOpen()) {
        // Names of hidden entities come from the catalog; a discovered one is known by its name key.
        const std::shared_ptr<const entities::EntityCatalog> catalog = m_library.entities().catalog();
        QStringList ids = m_library.entityCorrections().hidden.values();
        ids.sort();
        for (const QString &id : std::as_const(ids)) {
            entities::Entity entity;
            if (const entities::Entity *known = catalog->findById(id))
                entity = *known;
            else
                entity.nameKo = id.section(QLatin1Char(':'), 1);
            m_hidden.append({id, entity});
        }
    }
    rebuild();
}

void EntityLibraryView::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void EntityLibraryView::rebuild()
{
    // Names follow the interface language, so a switch shows the last scan's rows again.
    const QString language = interfaceLanguage();
    m_proxy->setLanguage(language);
    m_model->setLanguage(language);
    rebuildHiddenMenu();
    m_statusLabel->setText(tr("%1 entities, %2 mentions in %3 articles")
                               .arg(m_model->entities().size())
                               .arg(m_model->mentionCount())
                               .arg(m_library.isOpen() ? m_library.articleCount() : 0));
}

void EntityLibraryView::rebuildHiddenMenu()
{
    const QString language = interfaceLanguage();
    m_hiddenMenu->clear();
    for (const auto &[id, entity] : std::as_const(m_hidden)) {
        QAction *action = m_hiddenMenu->addAction(entity.displayName(language));
        action->setData(id);
        action->setToolTip(tr("Show this entity again"));
    }
    m_hiddenButton->setText(tr("Hidden (%1)").arg(m_hidden.size()));
    m_hiddenButton->setToolTip(tr("Entities you hid; choose one to show it again"));
    m_hiddenButton->setEnabled(!m_hidden.isEmpty());
}

void EntityLibraryView::activate(const QModelIndex &proxyIndex)
{
    const QModelIndex first = proxyIndex.siblingAtColumn(NameColumn);
    const qint64 articleId = first.data(ArticleIdRole).toLongLong();
    if (articleId > 0)
        emit articleChosen(articleId, first.data(EntityIdRole).toString());
    else
        m_tree->setExpanded(first, !m_tree->isExpanded(first));
}

void EntityLibraryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void EntityLibraryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EntityLibraryView::retranslateUi()
{
    m_filterEdit->setPlaceholderText(tr("Filter entities"));
    m_model->setTexts({{tr("Entity"), tr("Articles"), tr("Mentions")},
                       {QString(), tr("Articles that mention the entity"), tr("Mentions in the whole library")},
                       tr("%1 (%2) · %3"),
                       tr("%1 · %2"),
                       tr("Open at the first mention of %1")});
    rebuild();
}

} // namespace dokhae::gui
