#include "entity_sidebar.h"

#include "entity_tree_model.h"
#include "language.h"
#include "store/library.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

namespace dokhae::gui {

using entities::ArticleEntity;

EntitySidebar::EntitySidebar(store::Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_tree(new QTreeView(this))
    , m_statusLabel(new QLabel(this))
    , m_model(new EntityTreeModel(this))
{
    setObjectName(QStringLiteral("entitySidebar"));
    m_tree->setObjectName(QStringLiteral("entityTree"));
    m_statusLabel->setObjectName(QStringLiteral("entityStatusLabel"));

    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setContentsMargins(6, 2, 6, 4);
    m_statusLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_statusLabel);

    // The analyst's choice marks the mentions and shows the first one.
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { applySelection(true); });
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &EntitySidebar::showContextMenu);

    createCorrectionActions();
    retranslateUi();
}

void EntitySidebar::showArticle(const ArticleRecord &article)
{
    const bool sameArticle = article.summary.id == m_article.summary.id && article.text == m_article.text;
    m_article = article;
    if (!sameArticle)
        m_currentMention = -1;
    refresh();
}

void EntitySidebar::refresh()
{
    const ArticleEntity *selected = selectedEntity();
    const QString selectedId = selected ? selected->entity.id : QString();
    const int mention = m_currentMention;
    QList<ArticleEntity> found;
    if (m_article.summary.id > 0)
        found = m_library.entities().articleEntities(m_article.summary.id).value_or(QList<ArticleEntity>());
    m_model->setEntities(found);
    m_tree->expandAll();
    // The same entity stays chosen in the next article, so an analyst can follow it from one to
    // the next; the reader is not moved until they ask.
    if (!selectedId.isEmpty() && selectEntity(selectedId, false) && mention >= 0) {
        if (const ArticleEntity *again = selectedEntity(); again && mention < again->mentions.size())
            m_currentMention = mention;
    }
    if (selectedEntity() == nullptr)
        emit highlightsChanged({});
    updateStatus();
}

const ArticleEntity *EntitySidebar::selectedEntity() const
{
    return m_model->entityAt(m_tree->currentIndex());
}

bool EntitySidebar::selectEntity(const QString &id, bool showFirst)
{
    const QModelIndex index = m_model->indexOfEntity(id);
    if (!index.isValid())
        return false;
    {
        const QSignalBlocker blocker(m_tree->selectionModel());
        m_tree->setCurrentIndex(index);
    }
    m_tree->scrollTo(index);
    applySelection(showFirst);
    return true;
}

void EntitySidebar::applySelection(bool showFirst)
{
    const ArticleEntity *selected = selectedEntity();
    QList<std::pair<qsizetype, qsizetype>> spans;
    if (selected) {
        for (const entities::Mention &mention : selected->mentions)
            spans.append({mention.start, mention.end});
    }
    m_currentMention = -1;
    emit highlightsChanged(spans);
    updateCorrectionActions();
    updateStatus();
    if (showFirst)
        showMention(0);
}

void EntitySidebar::nextMention()
{
    stepMention(+1);
}

void EntitySidebar::previousMention()
{
    stepMention(-1);
}

void EntitySidebar::stepMention(int delta)
{
    const ArticleEntity *selected = selectedEntity();
    if (!selected || selected->mentions.isEmpty())
        return;
    // Wraps around at both ends, as F3 does in the find bar; the first step back goes to the last.
    const int count = int(selected->mentions.size());
    const int from = m_currentMention < 0 ? (delta > 0 ? -1 : count) : m_currentMention;
    showMention(((from + delta) % count + count) % count);
}

void EntitySidebar::showMention(int index)
{
    const ArticleEntity *selected = selectedEntity();
    if (!selected || index < 0 || index >= selected->mentions.size())
        return;
    m_currentMention = index;
    const entities::Mention &mention = selected->mentions.at(index);
    emit mentionActivated(mention.start, mention.end);
    updateStatus();
}

void EntitySidebar::updateStatus()
{
    const ArticleEntity *selected = selectedEntity();
    if (m_article.summary.id <= 0)
        m_statusLabel->setText(tr("No article"));
    else if (m_model->entities().isEmpty())
        m_statusLabel->setText(tr("No entities in this article"));
    else if (!selected)
        m_statusLabel->setText(tr("%1 entities, %2 mentions").arg(m_model->entities().size()).arg(m_model->mentionTotal()));
    else if (m_currentMention < 0)
        m_statusLabel->setText(tr("%1 mentions · F3 / Shift+F3 to step through them").arg(selected->mentions.size()));
    else
        m_statusLabel->setText(tr("Mention %1 of %2 · F3 / Shift+F3").arg(m_currentMention + 1).arg(selected->mentions.size()));
}

void EntitySidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void EntitySidebar::retranslateUi()
{
    m_tree->setToolTip(QString());
    m_model->setLanguage(interfaceLanguage());
    retranslateCorrections();
    updateStatus();
}

} // namespace dokhae::gui
