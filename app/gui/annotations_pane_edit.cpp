// AnnotationsPane: the analyst's changes of highlights, each an undoable command.
#include "annotations_pane.h"

#include "annotation_commands.h"
#include "annotation_editor.h"
#include "undo_push.h"

#include <QAction>

namespace dokhae::gui {

using annotations::Annotation;

void AnnotationsPane::changed(const QString &showId, const QString &error)
{
    if (!error.isEmpty())
        emit message(error);
    if (!showId.isEmpty())
        m_currentId = showId;
    reload();
}

void AnnotationsPane::highlightSelection(const QString &color)
{
    const auto span = m_selection ? m_selection() : std::nullopt;
    if (m_articleId <= 0 || !span) {
        emit message(tr("Select a passage in the article first, then highlight it."));
        return;
    }
    m_lastColor = color;
    const NewHighlight highlight{m_articleId, span->first, span->second, color, {}, {}};
    pushOrRun(m_undoStack, new AddAnnotationCommand(m_store, highlight, tr("Highlight"),
                                                    [this](const QString &id, const QString &error) { changed(id, error); }));
    if (m_selectionDone)
        m_selectionDone();
    // The new highlight is chosen in the Notes tab, ready for a note.
    emit revealRequested();
}

void AnnotationsPane::highlightWithNote()
{
    const QString before = m_currentId;
    highlightSelection(m_lastColor);
    if (m_currentId.isEmpty() || m_currentId == before)
        return;
    m_editor->startEditingNote();
}

void AnnotationsPane::editContent(const QString &id, const std::function<void(Annotation &)> &change,
                                  const QString &text)
{
    const auto before = m_store.annotation(id);
    if (!before)
        return;
    Annotation after = *before;
    change(after);
    pushOrRun(m_undoStack,
              new ChangeAnnotationCommand(
                  m_store, *before,
                  [after](store::AnnotationStore &store) { return store.edit(after.id, after.note, after.tags, after.color); },
                  text, [this](const QString &show, const QString &error) { changed(show, error); }));
}

void AnnotationsPane::editNote(const QString &id, const QString &note)
{
    editContent(id, [&](Annotation &a) { a.note = note; }, tr("Edit Note"));
}

void AnnotationsPane::editTags(const QString &id, const QStringList &tags)
{
    editContent(id, [&](Annotation &a) { a.tags = tags; }, tr("Edit Tags"));
}

void AnnotationsPane::editColor(const QString &id, const QString &color)
{
    m_lastColor = color;
    editContent(id, [&](Annotation &a) { a.color = color; }, tr("Change Highlight Color"));
}

void AnnotationsPane::deleteCurrent()
{
    const auto chosen = current();
    if (!chosen)
        return;
    pushOrRun(m_undoStack, new DeleteAnnotationCommand(m_store, *chosen, tr("Delete Highlight"),
                                                       [this](const QString &show, const QString &error) {
                                                           if (show.isEmpty())
                                                               m_currentId.clear();
                                                           changed(show, error);
                                                       }));
}

void AnnotationsPane::reattachCurrent()
{
    const auto chosen = current();
    const auto span = m_selection ? m_selection() : std::nullopt;
    if (!chosen || chosen->articleId != m_articleId || !span) {
        emit message(tr("Open the note's article, select the passage it belongs to, then re-attach it."));
        return;
    }
    const qsizetype start = span->first, end = span->second;
    pushOrRun(m_undoStack,
              new ChangeAnnotationCommand(
                  m_store, *chosen,
                  [id = chosen->id, start, end](store::AnnotationStore &store) { return store.reattach(id, start, end); },
                  tr("Re-attach Note"), [this](const QString &show, const QString &error) { changed(show, error); }));
    if (m_selectionDone)
        m_selectionDone();
}

} // namespace dokhae::gui
