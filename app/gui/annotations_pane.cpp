#include "annotations_pane.h"

#include "annotation_editor.h"
#include "annotation_item_delegate.h"
#include "annotation_list_model.h"
#include "annotations/annotation_settings.h"
#include "store/library.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QVBoxLayout>

namespace dokhae::gui {

using annotations::Annotation;

namespace {

QListView *makeList(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QListView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setWordWrap(true);
    view->setUniformItemSizes(false);
    view->setSpacing(2);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    view->setItemDelegate(new AnnotationItemDelegate(view));
    // Row heights depend on the width the text wraps in.
    view->setResizeMode(QListView::Adjust);
    return view;
}

} // namespace

AnnotationsPane::AnnotationsPane(store::Library &library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_store(library)
    , m_lastColor(annotations::defaultColorKey())
    , m_scopeBox(new QComboBox(this))
    , m_colorFilter(new QComboBox(this))
    , m_tagFilter(new QComboBox(this))
    , m_textFilter(new QLineEdit(this))
    , m_model(new AnnotationListModel(AnnotationListModel::Kind::Anchored, this))
    , m_orphanLabel(new QLabel(this))
    , m_orphanModel(new AnnotationListModel(AnnotationListModel::Kind::Orphans, this))
    , m_editor(new AnnotationEditor(this))
{
    setObjectName(QStringLiteral("annotationsPane"));
    m_list = makeList(m_model, QStringLiteral("annotationList"), this);
    m_orphanList = makeList(m_orphanModel, QStringLiteral("orphanList"), this);
    m_scopeBox->setObjectName(QStringLiteral("annotationScope"));
    m_colorFilter->setObjectName(QStringLiteral("annotationColorFilter"));
    m_tagFilter->setObjectName(QStringLiteral("annotationTagFilter"));
    m_textFilter->setObjectName(QStringLiteral("annotationTextFilter"));
    m_textFilter->setClearButtonEnabled(true);
    m_orphanLabel->setObjectName(QStringLiteral("orphanLabel"));
    m_orphanLabel->setWordWrap(true);
    m_scopeBox->addItems({QString(), QString()});

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_scopeBox);
    filters->addWidget(m_colorFilter);
    filters->addWidget(m_tagFilter);
    filters->addWidget(m_textFilter, 1);
    auto *lists = new QWidget(this);
    auto *listLayout = new QVBoxLayout(lists);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_list, 3);
    listLayout->addWidget(m_orphanLabel);
    listLayout->addWidget(m_orphanList, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("annotationsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(lists);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    createActions();
    retranslateUi();

    connect(m_scopeBox, &QComboBox::currentIndexChanged, this, &AnnotationsPane::reload);
    connect(m_colorFilter, &QComboBox::currentIndexChanged, this, &AnnotationsPane::applyFilter);
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this, &AnnotationsPane::applyFilter);
    connect(m_textFilter, &QLineEdit::textChanged, this, &AnnotationsPane::applyFilter);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { onCurrentChanged(m_list); });
    connect(m_orphanList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { onCurrentChanged(m_orphanList); });
    // A click on the row already chosen shows its passage again.
    connect(m_list, &QListView::clicked, this, [this] { onCurrentChanged(m_list); });
    connect(m_editor, &AnnotationEditor::noteEdited, this, &AnnotationsPane::editNote);
    connect(m_editor, &AnnotationEditor::tagsEdited, this, &AnnotationsPane::editTags);
    connect(m_editor, &AnnotationEditor::colorChosen, this, &AnnotationsPane::editColor);
    reload();
}

void AnnotationsPane::createActions()
{
    const auto make = [this](const QString &name, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    const QStringList keys = annotations::colorKeys();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        const QString key = keys.at(i);
        QPixmap swatch(16, 16);
        swatch.fill(QColor(annotations::colorHex(key)));
        QAction *action = make(QStringLiteral("actionHighlight_") + key,
                               QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + int(i))), [this, key] { highlightSelection(key); });
        action->setIcon(QIcon(swatch));
        m_colorActions << action;
    }
    m_noteAction = make(QStringLiteral("actionHighlightWithNote"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M),
                        &AnnotationsPane::highlightWithNote);
    m_deleteAction = make(QStringLiteral("actionDeleteHighlight"), QKeySequence::Delete, &AnnotationsPane::deleteCurrent);
    // Delete acts on the chosen highlight only while the Notes tab has the focus; elsewhere the
    // key keeps its own meaning.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_deleteAction);
    m_reattachAction = make(QStringLiteral("actionReattachHighlight"), {}, &AnnotationsPane::reattachCurrent);
    m_colorNamesAction = make(QStringLiteral("actionNameHighlightColors"), {}, &AnnotationsPane::nameColors);
    for (int format = 0; format < 3; ++format) {
        m_exportActions << make(QStringLiteral("actionExportAnnotations%1").arg(format), {},
                                [this, format] { exportAnnotations(format); });
    }
    m_importAction = make(QStringLiteral("actionImportAnnotations"), {}, &AnnotationsPane::importAnnotations);
}

QList<QAction *> AnnotationsPane::highlightActions() const
{
    return m_colorActions + QList<QAction *>{m_noteAction};
}

void AnnotationsPane::retranslateUi()
{
    m_scopeBox->setItemText(0, tr("This article"));
    m_scopeBox->setItemText(1, tr("All articles"));
    m_scopeBox->setToolTip(tr("Whose highlights are listed"));
    const QString colorShown = m_colorFilter->currentData().toString();
    m_colorFilter->blockSignals(true);
    m_colorFilter->clear();
    m_colorFilter->addItem(tr("All colors"), QString());
    for (const QString &key : annotations::colorKeys()) {
        QPixmap swatch(14, 14);
        swatch.fill(QColor(annotations::colorHex(key)));
        m_colorFilter->addItem(QIcon(swatch), annotations::colorName(key), key);
    }
    m_colorFilter->setCurrentIndex(std::max(0, m_colorFilter->findData(colorShown)));
    m_colorFilter->blockSignals(false);
    if (m_tagFilter->count() > 0)
        m_tagFilter->setItemText(0, tr("All tags"));
    m_textFilter->setPlaceholderText(tr("Filter by words of quote or note"));
    for (qsizetype i = 0; i < m_colorActions.size(); ++i) {
        const QString key = annotations::colorKeys().at(i);
        m_colorActions[i]->setText(tr("Highlight: %1").arg(annotations::colorName(key)));
        m_colorActions[i]->setStatusTip(tr("Highlight the selected passage in %1").arg(annotations::colorName(key)));
    }
    m_noteAction->setText(tr("Highlight with &Note…"));
    m_deleteAction->setText(tr("&Delete Highlight"));
    m_reattachAction->setText(tr("&Re-attach to Selection"));
    m_reattachAction->setStatusTip(tr("Anchor the chosen note to the passage selected in the article"));
    m_colorNamesAction->setText(tr("Name Highlight &Colors…"));
    m_exportActions[0]->setText(tr("Export Annotations as W3C &JSON-LD…"));
    m_exportActions[1]->setText(tr("Export Annotations as &Markdown…"));
    m_exportActions[2]->setText(tr("Export Annotations as C&SV…"));
    m_importAction->setText(tr("&Import Annotations…"));
    updateOrphanLabel();
}

void AnnotationsPane::updateOrphanLabel()
{
    m_orphanLabel->setText(tr("Orphaned notes (%1): their passage is no longer in the article. Select a new "
                              "passage and choose Re-attach to Selection.")
                               .arg(m_orphanModel->rowCount()));
}

void AnnotationsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool AnnotationsPane::showsWholeLibrary() const
{
    return m_scopeBox->currentIndex() == 1;
}

int AnnotationsPane::anchoredCount() const
{
    return m_model->rowCount();
}

int AnnotationsPane::orphanCount() const
{
    return m_orphanModel->rowCount();
}

QString AnnotationsPane::currentAnnotationId() const
{
    return m_currentId;
}

void AnnotationsPane::showArticle(const ArticleRecord &article)
{
    m_articleId = article.summary.id;
    if (!showsWholeLibrary())
        m_currentId.clear();
    reload();
}

void AnnotationsPane::reload()
{
    // The window builds its panes before it opens the library; it reloads this one once open.
    if (!m_library.isOpen())
        return;
    m_articleAnnotations = m_articleId > 0 ? m_store.articleAnnotations(m_articleId) : QList<Annotation>();
    QList<Annotation> listed = m_articleAnnotations;
    QHash<qint64, QString> titles;
    if (showsWholeLibrary()) {
        listed = m_store.allAnnotations();
        // The titles of the annotated articles only: a large library has far more of the others.
        for (const Annotation &a : std::as_const(listed)) {
            if (!titles.contains(a.articleId))
                titles.insert(a.articleId, m_library.summary(a.articleId).value_or(ArticleSummary{}).meta.title);
        }
    }
    m_model->setAnnotations(listed, titles);
    m_orphanModel->setAnnotations(listed, titles);
    const QStringList tags = m_store.allTags();
    refillTagFilter(tags);
    m_editor->setKnownTags(tags);
    applyFilter();  // chooses the current annotation again and redraws the reader's highlights
}

void AnnotationsPane::refillTagFilter(const QStringList &tags)
{
    const QString shown = m_tagFilter->currentData().toString();
    m_tagFilter->blockSignals(true);
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("All tags"), QString());
    for (const QString &tag : tags)
        m_tagFilter->addItem(QStringLiteral("#") + tag, tag);
    m_tagFilter->setCurrentIndex(std::max(0, m_tagFilter->findData(shown)));
    m_tagFilter->blockSignals(false);
}

void AnnotationsPane::applyFilter()
{
    const AnnotationFilter filter{m_colorFilter->currentData().toString(), m_tagFilter->currentData().toString(),
                                  m_textFilter->text().trimmed()};
    m_model->setFilter(filter);
    m_orphanModel->setFilter(filter);
    const bool orphans = m_orphanModel->rowCount() > 0;
    m_orphanLabel->setVisible(orphans);
    m_orphanList->setVisible(orphans);
    updateOrphanLabel();
    const QString keep = m_currentId;
    selectAnnotation(keep);
}

void AnnotationsPane::selectAnnotation(const QString &id)
{
    m_currentId = id;
    for (auto [view, model] : {std::pair{m_list, m_model}, std::pair{m_orphanList, m_orphanModel}}) {
        const int row = id.isEmpty() ? -1 : model->rowOf(id);
        QSignalBlocker blocker(view->selectionModel());
        if (row >= 0) {
            view->setCurrentIndex(model->index(row));
            view->scrollTo(model->index(row));
        } else {
            view->clearSelection();
            view->setCurrentIndex({});
        }
    }
    m_editor->setAnnotation(current());
    updateActions();
    emitHighlights();
}

std::optional<Annotation> AnnotationsPane::current() const
{
    if (m_currentId.isEmpty())
        return std::nullopt;
    for (const AnnotationListModel *model : {m_model, m_orphanModel}) {
        if (const Annotation *a = model->at(model->rowOf(m_currentId)))
            return *a;
    }
    for (const Annotation &a : m_articleAnnotations) {
        if (a.id == m_currentId)
            return a;
    }
    return std::nullopt;
}

void AnnotationsPane::onCurrentChanged(QListView *view)
{
    const auto *model = static_cast<const AnnotationListModel *>(view->model());
    const Annotation *a = model->at(view->currentIndex().row());
    if (!a)
        return;
    selectAnnotation(a->id);
    if (!a->orphan)
        emit annotationActivated(a->articleId, a->start, a->end);
}

bool AnnotationsPane::openAnnotation(const QString &id)
{
    const auto found = m_store.annotation(id);
    if (!found) {
        emit message(tr("This library has no annotation %1.").arg(id));
        return false;
    }
    emit annotationActivated(found->articleId, found->orphan ? 0 : found->start, found->orphan ? 0 : found->end);
    selectAnnotation(id);
    emit revealRequested();
    return true;
}

void AnnotationsPane::chooseAt(qsizetype offset)
{
    for (const Annotation &a : std::as_const(m_articleAnnotations)) {
        if (!a.orphan && a.start <= offset && offset < a.end) {
            selectAnnotation(a.id);
            return;
        }
    }
}

void AnnotationsPane::updateActions()
{
    const auto chosen = current();
    m_deleteAction->setEnabled(chosen.has_value());
    m_reattachAction->setEnabled(chosen.has_value() && chosen->articleId == m_articleId);
}

void AnnotationsPane::emitHighlights()
{
    QList<ReaderView::ColoredSpan> spans;
    for (const Annotation &a : std::as_const(m_articleAnnotations)) {
        if (!a.orphan)
            spans.append({a.start, a.end, QColor(annotations::colorHex(a.color)), a.id == m_currentId});
    }
    emit highlightsChanged(spans);
}

} // namespace dokhae::gui
