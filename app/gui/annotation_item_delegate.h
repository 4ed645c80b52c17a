#pragma once

#include <QStyledItemDelegate>

namespace dokhae::gui {

// A row of the Notes tab as a card: a bar in the highlight's color, the article's title (in the
// library-wide list), the quote in italics (two lines at most), the note (three lines at most) and
// the tags in a smaller, quieter line. Rows take the height their text needs at the list's width.
class AnnotationItemDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The parts of a row, as the model gives them (AnnotationListModel's roles).
    enum Role { TitleRole = Qt::UserRole + 10, QuoteRole, NoteRole, TagsRole };

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace dokhae::gui
