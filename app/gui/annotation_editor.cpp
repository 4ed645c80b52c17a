#include "annotation_editor.h"

#include "annotations/annotation_settings.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStringListModel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace dokhae::gui {

using annotations::Annotation;

namespace {

QIcon swatchIcon(const QString &key)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(QColor(annotations::colorHex(key)));
    return QIcon(pixmap);
}

QStringList splitTags(const QString &text)
{
    return annotations::normalizedTags(text.split(QLatin1Char(',')));
}

} // namespace

AnnotationEditor::AnnotationEditor(QWidget *parent)
    : QWidget(parent)
    , m_quoteLabel(new QLabel(this))
    , m_colorBox(new QComboBox(this))
    , m_tagsLabel(new QLabel(this))
    , m_tagsEdit(new QLineEdit(this))
    , m_tagModel(new QStringListModel(this))
    , m_tagCompleter(new QCompleter(m_tagModel, this))
    , m_noteStack(new QStackedWidget(this))
    , m_noteView(new QTextBrowser(this))
    , m_noteEdit(new QPlainTextEdit(this))
    , m_editButton(new QPushButton(this))
    , m_saveButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("annotationEditor"));
    m_quoteLabel->setObjectName(QStringLiteral("annotationQuote"));
    m_quoteLabel->setWordWrap(true);
    m_quoteLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_colorBox->setObjectName(QStringLiteral("annotationColor"));
    m_tagsEdit->setObjectName(QStringLiteral("annotationTags"));
    m_tagsEdit->setClearButtonEnabled(true);
    m_noteView->setObjectName(QStringLiteral("annotationNoteView"));
    m_noteView->setOpenExternalLinks(true);
    m_noteEdit->setObjectName(QStringLiteral("annotationNoteEdit"));
    m_noteEdit->installEventFilter(this);
    m_editButton->setObjectName(QStringLiteral("editNoteButton"));
    m_saveButton->setObjectName(QStringLiteral("saveNoteButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelNoteButton"));
    m_noteStack->addWidget(m_noteView);
    m_noteStack->addWidget(m_noteEdit);
    // Tags are completed one at a time: the completer sees only the tag being typed.
    m_tagCompleter->setWidget(m_tagsEdit);
    m_tagCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_tagCompleter->setCompletionMode(QCompleter::PopupCompletion);

    auto *colorRow = new QHBoxLayout;
    colorRow->addWidget(m_colorBox);
    colorRow->addStretch(1);
    auto *tagsRow = new QHBoxLayout;
    tagsRow->addWidget(m_tagsLabel);
    tagsRow->addWidget(m_tagsEdit, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_editButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_saveButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_quoteLabel);
    layout->addLayout(colorRow);
    layout->addLayout(tagsRow);
    layout->addWidget(m_noteStack, 1);
    layout->addLayout(buttons);

    fillColors();
    connect(m_colorBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling && m_annotation && m_colorBox->currentData().toString() != m_annotation->color)
            emit colorChosen(m_annotation->id, m_colorBox->currentData().toString());
    });
    connect(m_tagsEdit, &QLineEdit::editingFinished, this, &AnnotationEditor::finishTags);
    connect(m_tagsEdit, &QLineEdit::textEdited, this, &AnnotationEditor::updateTagCompletion);
    connect(m_tagCompleter, qOverload<const QString &>(&QCompleter::activated), this, &AnnotationEditor::completeTag);
    connect(m_editButton, &QPushButton::clicked, this, &AnnotationEditor::startEditingNote);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { finishNote(true); });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { finishNote(false); });
    retranslateUi();
    setAnnotation(std::nullopt);
}

void AnnotationEditor::fillColors()
{
    m_filling = true;
    const QString current = m_colorBox->currentData().toString();
    m_colorBox->clear();
    for (const QString &key : annotations::colorKeys())
        m_colorBox->addItem(swatchIcon(key), annotations::colorName(key), key);
    m_colorBox->setCurrentIndex(std::max(0, m_colorBox->findData(m_annotation ? m_annotation->color : current)));
    m_filling = false;
}

void AnnotationEditor::retranslateUi()
{
    m_tagsLabel->setText(tr("Tags:"));
    m_tagsEdit->setPlaceholderText(tr("comma-separated, e.g. export controls, Huawei"));
    m_noteEdit->setPlaceholderText(tr("A note in Markdown: **bold**, *italic*, - lists, [links](https://…)"));
    m_editButton->setText(tr("Edit Note"));
    m_saveButton->setText(tr("Save Note"));
    m_saveButton->setToolTip(tr("Ctrl+Return"));
    m_cancelButton->setText(tr("Cancel"));
    m_colorBox->setToolTip(tr("Highlight color"));
    fillColors();
    if (!m_annotation)
        m_quoteLabel->setText(tr("Choose a highlight in the list or in the text to see its note."));
    showNote();
}

void AnnotationEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AnnotationEditor::setAnnotation(const std::optional<Annotation> &annotation)
{
    if (isEditingNote() && m_annotation && (!annotation || annotation->id != m_annotation->id))
        finishNote(true);
    const bool sameOne = annotation && m_annotation && annotation->id == m_annotation->id;
    m_annotation = annotation;
    const bool has = annotation.has_value();
    m_colorBox->setEnabled(has);
    m_tagsEdit->setEnabled(has);
    m_editButton->setEnabled(has);
    if (!has) {
        m_quoteLabel->setText(tr("Choose a highlight in the list or in the text to see its note."));
        m_tagsEdit->clear();
        m_noteStack->setCurrentWidget(m_noteView);
        showNote();
        return;
    }
    m_quoteLabel->setText(QStringLiteral("“%1”").arg(annotation->quote.exact.toHtmlEscaped()));
    m_filling = true;
    m_colorBox->setCurrentIndex(std::max(0, m_colorBox->findData(annotation->color)));
    m_filling = false;
    if (!m_tagsEdit->hasFocus() || !sameOne)
        m_tagsEdit->setText(annotation->tags.join(QStringLiteral(", ")));
    if (!sameOne || !isEditingNote())
        m_noteStack->setCurrentWidget(m_noteView);
    showNote();
}

QString AnnotationEditor::annotationId() const
{
    return m_annotation ? m_annotation->id : QString();
}

void AnnotationEditor::setKnownTags(const QStringList &tags)
{
    m_tagModel->setStringList(tags);
}

void AnnotationEditor::showNote()
{
    const bool editing = isEditingNote();
    m_editButton->setVisible(!editing);
    m_saveButton->setVisible(editing);
    m_cancelButton->setVisible(editing);
    if (!m_annotation || m_annotation->note.isEmpty()) {
        m_noteView->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                                .arg(m_annotation ? tr("No note yet. Edit Note adds one.").toHtmlEscaped() : QString()));
        return;
    }
    m_noteView->setMarkdown(m_annotation->note);
}

void AnnotationEditor::startEditingNote()
{
    if (!m_annotation)
        return;
    m_noteEdit->setPlainText(m_annotation->note);
    m_noteStack->setCurrentWidget(m_noteEdit);
    showNote();
    m_noteEdit->setFocus(Qt::OtherFocusReason);
    m_noteEdit->moveCursor(QTextCursor::End);
}

bool AnnotationEditor::isEditingNote() const
{
    return m_noteStack->currentWidget() == m_noteEdit;
}

void AnnotationEditor::finishNote(bool keep)
{
    if (!isEditingNote())
        return;
    m_noteStack->setCurrentWidget(m_noteView);
    const QString note = m_noteEdit->toPlainText().trimmed();
    if (keep && m_annotation && note != m_annotation->note) {
        m_annotation->note = note;  // shown at once; the store's answer follows
        emit noteEdited(m_annotation->id, note);
    }
    showNote();
}

void AnnotationEditor::finishTags()
{
    if (!m_annotation)
        return;
    const QStringList tags = splitTags(m_tagsEdit->text());
    if (tags != m_annotation->tags) {
        m_annotation->tags = tags;
        emit tagsEdited(m_annotation->id, tags);
    }
}

void AnnotationEditor::updateTagCompletion(const QString &text)
{
    const QString typing = text.section(QLatin1Char(','), -1).trimmed();
    if (typing.isEmpty()) {
        m_tagCompleter->popup()->hide();
        return;
    }
    m_tagCompleter->setCompletionPrefix(typing);
    if (m_tagCompleter->completionCount() > 0)
        m_tagCompleter->complete();
}

void AnnotationEditor::completeTag(const QString &tag)
{
    QStringList parts = m_tagsEdit->text().split(QLatin1Char(','));
    parts.last() = (parts.size() > 1 ? QStringLiteral(" ") : QString()) + tag;
    m_tagsEdit->setText(parts.join(QLatin1Char(',')) + QStringLiteral(", "));
}

bool AnnotationEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Return keeps the note, Escape drops the edit: the keys of every note field analysts know.
    if (watched == m_noteEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            finishNote(true);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            finishNote(false);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace dokhae::gui
