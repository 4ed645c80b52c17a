#include "figure_table_model.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace dokhae::gui {

using figures::Bound;
using figures::Figure;
using figures::FigureKind;

FigureTableModel::FigureTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FigureTableModel::setFigures(const QList<Figure> &figures, const QString &readingText)
{
    beginResetModel();
    m_figures = figures;
    m_text = readingText;
    m_convertedBy.clear();
    m_dollarsPer.clear();
    for (int i = 0; i < m_figures.size(); ++i) {
        const int converted = m_figures.at(i).converts;
        if (converted >= 0 && converted < m_figures.size())
            m_convertedBy.insert(converted, i);
        const QString &currency = m_figures.at(i).currency;
        if (m_figures.at(i).kind == FigureKind::Money && currency != QLatin1String("USD") && !currency.isEmpty()
            && !m_dollarsPer.contains(currency)) {
            if (const auto rate = figures::statedRate(m_figures, currency, QStringLiteral("USD")))
                m_dollarsPer.insert(currency, *rate);
        }
    }
    endResetModel();
}

std::optional<double> FigureTableModel::inDollars(int row) const
{
    const Figure &figure = m_figures.at(row);
    if (figure.kind != FigureKind::Money)
        return std::nullopt;
    if (figure.currency == QLatin1String("USD"))
        return figure.value;
    if (const auto rate = m_dollarsPer.constFind(figure.currency); rate != m_dollarsPer.constEnd())
        return figure.value * *rate;
    return std::nullopt;
}

bool FigureTableModel::valueLessThan(int leftRow, int rightRow) const
{
    const Figure &a = m_figures.at(leftRow);
    const Figure &b = m_figures.at(rightRow);
    const auto aDollars = inDollars(leftRow);
    const auto bDollars = inDollars(rightRow);
    // 0: not money, 1: money comparable in dollars, 2: money in a currency the article gives no rate for.
    const auto group = [](const Figure &f, bool comparable) { return f.kind != FigureKind::Money ? 0 : comparable ? 1 : 2; };
    const int aGroup = group(a, aDollars.has_value());
    const int bGroup = group(b, bDollars.has_value());
    if (aGroup != bGroup)
        return aGroup < bGroup;
    if (aGroup == 1)
        return *aDollars < *bDollars;
    if (aGroup == 2 && a.currency != b.currency)
        return a.currency < b.currency;
    return a.value < b.value;
}

bool FigureSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == FigureTableModel::ValueColumn)
        return static_cast<const FigureTableModel *>(sourceModel())->valueLessThan(left.row(), right.row());
    return QSortFilterProxyModel::lessThan(left, right);
}


void FigureTableModel::setLanguage(const QString &language)
{
    m_language = language;
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_figures.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QList<FigureKind> FigureTableModel::allKinds()
{
    return {FigureKind::Money, FigureKind::Percent, FigureKind::PercentagePoint, FigureKind::Count,
            FigureKind::Ratio, FigureKind::Quantity, FigureKind::Duration, FigureKind::Date, FigureKind::Rank};
}

QString FigureTableModel::kindLabel(FigureKind kind)
{
    switch (kind) {
    case FigureKind::Money: return tr("Money");
    case FigureKind::Percent: return tr("Percent");
    case FigureKind::PercentagePoint: return tr("Percentage points");
    case FigureKind::Count: return tr("Count");
    case FigureKind::Ratio: return tr("Ratio");
    case FigureKind::Quantity: return tr("Quantity");
    case FigureKind::Duration: return tr("Duration");
    case FigureKind::Date: return tr("Date");
    case FigureKind::Rank: return tr("Rank");
    }
    return {};
}

QString FigureTableModel::rateText(const Figure &figure) const
{
    const double rate = *figure.impliedRate;
    // Enough digits to compare rates by eye: 1,451 won per dollar, 7.25 yuan per dollar.
    const int decimals = rate >= 100 ? 0 : rate >= 1 ? 2 : 4;
    const QLocale locale(m_language == QLatin1String("ko") ? QLocale::Korean : QLocale::English);
    QString text = locale.toString(rate, 'f', decimals);
    const QString &from = m_figures.at(figure.converts).currency;
    if (!figure.currency.isEmpty() && !from.isEmpty())
        text += QStringLiteral(" %1/%2").arg(figure.currency, from);
    return text;
}

QString FigureTableModel::qualifiersText(int row) const
{
    const Figure &figure = m_figures.at(row);
    QStringList parts;
    if (figure.approximate)
        parts << tr("approx.");
    switch (figure.bound) {
    case Bound::Eq: break;
    case Bound::Ge: parts << tr("at least"); break;
    case Bound::Gt: parts << tr("more than"); break;
    case Bound::Le: parts << tr("at most"); break;
    case Bound::Lt: parts << tr("less than"); break;
    case Bound::Range: parts << tr("range"); break;
    }
    if (figure.converts >= 0 && figure.converts < m_figures.size()) {
        // Figures are numbered from 1 in the table's row headers.
        if (figure.impliedRate)
            parts << tr("→ converts #%1, rate %2").arg(figure.converts + 1).arg(rateText(figure));
        else
            parts << tr("→ converts #%1").arg(figure.converts + 1);
    }
    if (const auto by = m_convertedBy.constFind(row); by != m_convertedBy.constEnd())
        parts << tr("← converted in #%1").arg(*by + 1);
    return parts.join(QStringLiteral(" · "));
}

QString FigureTableModel::toolTip(int row, int column) const
{
    const Figure &figure = m_figures.at(row);
    // The passage around the figure: a tooltip of a page-long sentence would be laid out whole.
    const figures::QuotedPassage passage = figures::quotedPassage(figure, m_text);
    const QString sentence = m_text.mid(passage.start, passage.end - passage.start);
    const qsizetype at = figure.start - passage.start;
    QString html;
    if (at >= 0 && figure.end <= passage.end) {
        html = sentence.left(at).toHtmlEscaped() + QStringLiteral("<b>")
               + sentence.mid(at, figure.end - figure.start).toHtmlEscaped() + QStringLiteral("</b>")
               + sentence.mid(at + figure.end - figure.start).toHtmlEscaped();
    } else {
        html = sentence.toHtmlEscaped();
    }
    if (passage.clipped) {
        const QStringView before = QStringView(m_text).mid(figure.sentenceStart, passage.start - figure.sentenceStart);
        const QStringView after = QStringView(m_text).mid(passage.end, figure.sentenceEnd - passage.end);
        html = (before.trimmed().isEmpty() ? QString() : QStringLiteral("…")) + html
               + (after.trimmed().isEmpty() ? QString() : QStringLiteral("…"));
    }
    html = QStringLiteral("<p>%1</p>").arg(html);
    // A narrow qualifiers column is elided; its cell's tooltip says it all.
    if (column == QualifiersColumn && !qualifiersText(row).isEmpty())
        html.prepend(QStringLiteral("<p><i>%1</i></p>").arg(qualifiersText(row).toHtmlEscaped()));
    if (figure.rateDisagrees)
        html += QStringLiteral("<p>%1</p>").arg(
            tr("The rate implied by this conversion is more than 5% away from the article's other "
               "conversions between the same currencies.").toHtmlEscaped());
    return html;
}

int FigureTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

int FigureTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FigureTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Figure &figure = m_figures.at(index.row());
    const QVariant year = figure.year ? QVariant(*figure.year) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TextColumn: return figure.text;
        case ValueColumn: return figures::displayValue(figure, m_language);
        case KindColumn: return kindLabel(figure.kind);
        case QualifiersColumn: return qualifiersText(index.row());
        case SubjectColumn: return figure.subject;
        case YearColumn: return figure.year ? QString::number(*figure.year) : QString();
        case InDollarsColumn: {
            const auto dollars = inDollars(index.row());
            if (!dollars || figure.currency == QLatin1String("USD"))
                return dollars ? figures::displayValue(figure, m_language) : QString();
            Figure converted = figure;
            converted.value = *dollars;
            converted.valueMax.reset();
            converted.approximate = false;  // the ≈ says it
            converted.bound = figures::Bound::Eq;
            converted.currency = QStringLiteral("USD");
            return tr("≈ %1").arg(figures::displayValue(converted, m_language));
        }
        }
        break;
    case SortRole:
        switch (index.column()) {
        case TextColumn: return QVariant::fromValue(figure.start);
        case ValueColumn: return figure.value;
        case YearColumn: return year;
        case InDollarsColumn: {
            const auto dollars = inDollars(index.row());
            return dollars ? QVariant(*dollars) : QVariant();
        }
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (index.column() == QualifiersColumn && figure.rateDisagrees)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn || index.column() == YearColumn || index.column() == InDollarsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole: return toolTip(index.row(), index.column());
    case KindRole: return figures::figureKindName(figure.kind);
    case FigureIndexRole: return index.row();
    }
    return {};
}

QVariant FigureTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;  // the figure's number, which the conversion notes refer to
    switch (section) {
    case TextColumn: return tr("As written");
    case ValueColumn: return tr("Value");
    case KindColumn: return tr("Kind");
    case QualifiersColumn: return tr("Qualifiers");
    case SubjectColumn: return tr("Subject");
    case YearColumn: return tr("Year");
    case InDollarsColumn: return tr("In US$");
    }
    return {};
}

} // namespace dokhae::gui
