#pragma once

#include <QUndoCommand>
#include <QUndoStack>

namespace dokhae::gui {

// Runs an edit through the window's undo stack (which runs redo() and keeps it), or on its own and
// then discards it when a pane has no stack, as a pane tested alone has none.
inline void pushOrRun(QUndoStack *stack, QUndoCommand *command)
{
    if (stack) {
        stack->push(command);
        return;
    }
    command->redo();
    delete command;
}

} // namespace dokhae::gui
