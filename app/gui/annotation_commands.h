#pragma once

#include "annotations/annotation.h"

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace dokhae::store {
class AnnotationStore;
}

namespace dokhae::gui {

// The analyst's edits of annotations, as undoable changes of the library (the pattern of
// chart_commands.h). Each command calls `changed` after it has touched the library, with the
// annotation to show afterwards (empty: keep what is shown) and, when the library refused the
// step, the store's lastError(); a refused step marks the command obsolete, so the stack drops it.
using AnnotationsChanged = std::function<void(const QString &annotationToShow, const QString &error)>;

// What a new highlight marks and says.
struct NewHighlight {
    qint64 articleId = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    QString color;
    QString note;
    QStringList tags;
};

// A new highlight. The first redo stores it under a new id; undo deletes it and a later redo
// stores the same record again (same id, same times).
class AddAnnotationCommand : public QUndoCommand {
public:
    AddAnnotationCommand(store::AnnotationStore &store, const NewHighlight &highlight, const QString &text,
                         AnnotationsChanged changed);
    void redo() override;
    void undo() override;
    QString annotationId() const { return m_made.id; }

private:
    store::AnnotationStore &m_store;
    NewHighlight m_highlight;
    annotations::Annotation m_made;
    AnnotationsChanged m_changed;
};

// A change of note, tags or color, or a re-attachment to a new passage: the annotation as it was
// and as the store made it on the first redo.
class ChangeAnnotationCommand : public QUndoCommand {
public:
    using Change = std::function<std::optional<annotations::Annotation>(store::AnnotationStore &)>;
    ChangeAnnotationCommand(store::AnnotationStore &store, const annotations::Annotation &before, Change change,
                            const QString &text, AnnotationsChanged changed);
    void redo() override;
    void undo() override;

private:
    store::AnnotationStore &m_store;
    annotations::Annotation m_before;
    std::optional<annotations::Annotation> m_after;
    Change m_change;
    AnnotationsChanged m_changed;
};

// Deleting an annotation; undo stores the same record again.
class DeleteAnnotationCommand : public QUndoCommand {
public:
    DeleteAnnotationCommand(store::AnnotationStore &store, const annotations::Annotation &annotation,
                            const QString &text, AnnotationsChanged changed);
    void redo() override;
    void undo() override;

private:
    store::AnnotationStore &m_store;
    annotations::Annotation m_annotation;
    AnnotationsChanged m_changed;
};

} // namespace dokhae::gui
