#include "annotation_list_model.h"

#include "annotation_item_delegate.h"

#include "annotations/annotation_settings.h"

#include <QColor>

namespace dokhae::gui {

using annotations::Annotation;

namespace {

constexpr qsizetype kQuoteShown = 160;
constexpr qsizetype kNoteShown = 200;

QString shortened(QString text, qsizetype length)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.size() > length ? text.left(length - 1) + QStringLiteral("…") : text;
}

} // namespace

bool AnnotationFilter::accepts(const Annotation &a) const
{
    if (!color.isEmpty() && a.color != color)
        return false;
    if (!tag.isEmpty() && !a.tags.contains(tag, Qt::CaseInsensitive))
        return false;
    if (text.isEmpty())
        return true;
    return a.quote.exact.contains(text, Qt::CaseInsensitive) || a.note.contains(text, Qt::CaseInsensitive)
           || std::any_of(a.tags.cbegin(), a.tags.cend(),
                          [&](const QString &t) { return t.contains(text, Qt::CaseInsensitive); });
}

AnnotationListModel::AnnotationListModel(Kind kind, QObject *parent)
    : QAbstractListModel(parent)
    , m_kind(kind)
{
}

void AnnotationListModel::setAnnotations(const QList<Annotation> &all, const QHash<qint64, QString> &titles)
{
    m_all = all;
    m_titles = titles;
    rebuild();
}

void AnnotationListModel::setFilter(const AnnotationFilter &filter)
{
    m_filter = filter;
    rebuild();
}

void AnnotationListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        const Annotation &a = m_all.at(i);
        if (a.orphan == (m_kind == Kind::Orphans) && m_filter.accepts(a))
            m_rows.append(i);
    }
    endResetModel();
}

const Annotation *AnnotationListModel::at(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_all.at(m_rows.at(row)) : nullptr;
}

int AnnotationListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_all.at(m_rows.at(row)).id == id)
            return row;
    }
    return -1;
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    const Annotation *a = at(index.row());
    if (!a)
        return {};
    switch (role) {
    case Qt::DisplayRole: {
        QStringList lines;
        if (!m_titles.isEmpty())
            lines << m_titles.value(a->articleId);
        lines << QStringLiteral("“%1”").arg(shortened(a->quote.exact, kQuoteShown));
        if (!a->note.isEmpty())
            lines << shortened(a->note, kNoteShown);
        if (!a->tags.isEmpty())
            lines << QStringLiteral("#") + a->tags.join(QStringLiteral("  #"));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ToolTipRole:
        return QStringLiteral("%1 · %2").arg(annotations::colorName(a->color), a->author);
    case Qt::DecorationRole:
        return QColor(annotations::colorHex(a->color));
    case AnnotationItemDelegate::TitleRole:
        return m_titles.value(a->articleId);
    case AnnotationItemDelegate::QuoteRole:
        return QStringLiteral("“%1”").arg(a->quote.exact);
    case AnnotationItemDelegate::NoteRole:
        return a->note;
    case AnnotationItemDelegate::TagsRole:
        return a->tags.isEmpty() ? QString() : QStringLiteral("#") + a->tags.join(QStringLiteral("  #"));
    case IdRole:
        return a->id;
    case ArticleIdRole:
        return a->articleId;
    case ColorRole:
        return a->color;
    default:
        return {};
    }
}

} // namespace dokhae::gui
