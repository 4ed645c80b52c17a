#include "annotation_commands.h"

#include "store/annotation_store.h"

namespace dokhae::gui {

using annotations::Annotation;

AddAnnotationCommand::AddAnnotationCommand(store::AnnotationStore &store, const NewHighlight &highlight,
                                           const QString &text, AnnotationsChanged changed)
    : QUndoCommand(text)
    , m_store(store)
    , m_highlight(highlight)
    , m_changed(std::move(changed))
{
}

void AddAnnotationCommand::redo()
{
    bool ok = false;
    if (m_made.id.isEmpty()) {
        const auto made = m_store.create(m_highlight.articleId, m_highlight.start, m_highlight.end, m_highlight.color,
                                         m_highlight.note, m_highlight.tags);
        if (made)
            m_made = *made;
        ok = made.has_value();
    } else {
        ok = m_store.add(m_made);
    }
    setObsolete(!ok);
    m_changed(ok ? m_made.id : QString(), ok ? QString() : m_store.lastError());
}

void AddAnnotationCommand::undo()
{
    const bool ok = m_store.remove(m_made.id);
    m_changed(QString(), ok ? QString() : m_store.lastError());
}

ChangeAnnotationCommand::ChangeAnnotationCommand(store::AnnotationStore &store, const Annotation &before,
                                                 Change change, const QString &text, AnnotationsChanged changed)
    : QUndoCommand(text)
    , m_store(store)
    , m_before(before)
    , m_change(std::move(change))
    , m_changed(std::move(changed))
{
}

void ChangeAnnotationCommand::redo()
{
    // The first redo lets the store make the change (and stamp its time); later ones put back
    // exactly what it made.
    bool ok = false;
    if (!m_after) {
        m_after = m_change(m_store);
        ok = m_after.has_value();
    } else {
        ok = m_store.restore(*m_after);
    }
    setObsolete(!ok);
    m_changed(m_before.id, ok ? QString() : m_store.lastError());
}

void ChangeAnnotationCommand::undo()
{
    const bool ok = m_store.restore(m_before);
    m_changed(m_before.id, ok ? QString() : m_store.lastError());
}

DeleteAnnotationCommand::DeleteAnnotationCommand(store::AnnotationStore &store, const Annotation &annotation,
                                                 const QString &text, AnnotationsChanged changed)
    : QUndoCommand(text)
    , m_store(store)
    , m_annotation(annotation)
    , m_changed(std::move(changed))
{
}

void DeleteAnnotationCommand::redo()
{
    const bool ok = m_store.remove(m_annotation.id);
    setObsolete(!ok);
    m_changed(QString(), ok ? QString() : m_store.lastError());
}

void DeleteAnnotationCommand::undo()
{
    const bool ok = m_store.add(m_annotation);
    m_changed(m_annotation.id, ok ? QString() : m_store.lastError());
}

} // namespace dokhae::gui
