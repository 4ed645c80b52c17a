#pragma once

#include "article.h"
#include "reader_view.h"
#include "store/annotation_store.h"

#include <QWidget>

#include <functional>
#include <optional>
#include <utility>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QUndoStack;

namespace dokhae::store {
class Library;
class OfflineAnnotations;
}

namespace dokhae::gui {

class AnnotationEditor;
class AnnotationListModel;

// The Notes tab: the analyst's highlights of the article on show (or of the whole library) in
// text order, filtered by color, tag and words; orphans (passages gone from a newer revision)
// apart, re-attachable to a new selection; the chosen one's note, tags and color edited below.
// Every change goes through the window's undo stack and is saved at once.
class AnnotationsPane : public QWidget {
    Q_OBJECT

public:
    explicit AnnotationsPane(store::Library &library, QWidget *parent = nullptr);

    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    // Where the reader's selection comes from (the reading text's [start, end), if any).
    using SelectionSource = std::function<std::optional<std::pair<qsizetype, qsizetype>>()>;
    // `done` is called once a selection has become a highlight (the reader lets go of it, so the
    // highlight's color shows instead of the selection's).
    void setSelectionSource(SelectionSource source, std::function<void()> done = {})
    {
        m_selection = std::move(source);
        m_selectionDone = std::move(done);
    }

    // Highlight in each color (Ctrl+1 … Ctrl+5) and Highlight with Note (Ctrl+Shift+M): for the
    // menu, the toolbar and the reader's context menu.
    QList<QAction *> highlightActions() const;
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *reattachAction() const { return m_reattachAction; }
    QAction *colorNamesAction() const { return m_colorNamesAction; }
    QList<QAction *> exportActions() const { return m_exportActions; }
    QAction *importAction() const { return m_importAction; }

    QString currentAnnotationId() const;
    bool showsWholeLibrary() const;
    int anchoredCount() const;  // rows shown, after the filters
    int orphanCount() const;

public slots:
    void showArticle(const dokhae::ArticleRecord &article);
    void highlightSelection(const QString &color);
    void highlightWithNote();
    // A click in the text at this offset chooses the highlight there, if any.
    void chooseAt(qsizetype offset);
    void selectAnnotation(const QString &id);
    // Opens an annotation wherever it is (a dokhae://annotation/ID link): its article, its passage,
    // its note in this tab. False, with a message, when the library has no such annotation.
    bool openAnnotation(const QString &id);
    void reload();
    // A team library's journal for the notes made while its server is away (ConnectionWatch).
    void setOffline(store::OfflineAnnotations *offline) { m_store.setOffline(offline); }

signals:
    void highlightsChanged(const QList<dokhae::gui::ReaderView::ColoredSpan> &spans);
    // Show this passage of this article (open it first when another is on show).
    void annotationActivated(qint64 articleId, qsizetype start, qsizetype end);
    void revealRequested();  // the Notes tab should come to the front
    void annotationsImported();
    void message(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void applyFilter();
    void updateOrphanLabel();
    void refillTagFilter(const QStringList &tags);
    void onCurrentChanged(QListView *view);
    void updateActions();
    std::optional<annotations::Annotation> current() const;
    void emitHighlights();
    // annotations_pane_edit.cpp: the analyst's changes, as undo commands.
    void changed(const QString &showId, const QString &error);
    // One change of note, tags or color, made on the annotation as the store has it now.
    void editContent(const QString &id, const std::function<void(annotations::Annotation &)> &change,
                     const QString &text);
    void editNote(const QString &id, const QString &note);
    void editTags(const QString &id, const QStringList &tags);
    void editColor(const QString &id, const QString &color);
    void deleteCurrent();
    void reattachCurrent();
    // annotations_pane_export.cpp
    void exportAnnotations(int format);
    void importAnnotations();
    void nameColors();

    store::Library &m_library;
    store::AnnotationStore m_store;
    QUndoStack *m_undoStack = nullptr;
    SelectionSource m_selection;
    std::function<void()> m_selectionDone;
    qint64 m_articleId = 0;
    QList<annotations::Annotation> m_articleAnnotations;  // of the article on show, for the reader
    QString m_currentId;
    QString m_lastColor;

    QComboBox *m_scopeBox;
    QComboBox *m_colorFilter;
    QComboBox *m_tagFilter;
    QLineEdit *m_textFilter;
    QListView *m_list;
    AnnotationListModel *m_model;
    QLabel *m_orphanLabel;
    QListView *m_orphanList;
    AnnotationListModel *m_orphanModel;
    AnnotationEditor *m_editor;

    QList<QAction *> m_colorActions;
    QAction *m_noteAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_reattachAction = nullptr;
    QAction *m_colorNamesAction = nullptr;
    QList<QAction *> m_exportActions;  // W3C JSON-LD, Markdown, CSV
    QAction *m_importAction = nullptr;
};

} // namespace dokhae::gui
