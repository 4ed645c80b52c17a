#pragma once

#include "annotations/annotation.h"

#include <QWidget>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QStringListModel;
class QTextBrowser;

namespace dokhae::gui {

// The chosen highlight's color, tags and note, edited in place. The note is Markdown, shown
// rendered until the analyst edits it; each finished edit is announced (the Notes tab turns it
// into an undoable change), never written here.
class AnnotationEditor : public QWidget {
    Q_OBJECT

public:
    explicit AnnotationEditor(QWidget *parent = nullptr);

    // The annotation to show (nullopt: none chosen). An edit in progress of another one is kept
    // as a finished edit first, so nothing typed is lost.
    void setAnnotation(const std::optional<annotations::Annotation> &annotation);
    QString annotationId() const;
    void setKnownTags(const QStringList &tags);
    void startEditingNote();
    bool isEditingNote() const;
    void retranslateUi();

signals:
    void noteEdited(const QString &id, const QString &note);
    void tagsEdited(const QString &id, const QStringList &tags);
    void colorChosen(const QString &id, const QString &color);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillColors();
    void showNote();
    void finishNote(bool keep);
    void finishTags();
    void completeTag(const QString &tag);
    void updateTagCompletion(const QString &text);

    std::optional<annotations::Annotation> m_annotation;
    QLabel *m_quoteLabel;
    QComboBox *m_colorBox;
    QLabel *m_tagsLabel;
    QLineEdit *m_tagsEdit;
    QStringListModel *m_tagModel;
    QCompleter *m_tagCompleter;
    QStackedWidget *m_noteStack;
    QTextBrowser *m_noteView;
    QPlainTextEdit *m_noteEdit;
    QPushButton *m_editButton;
    QPushButton *m_saveButton;
    QPushButton *m_cancelButton;
    bool m_filling = false;
};

} // namespace dokhae::gui
