#pragma once

#include "figures/figure.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>

#include <optional>

namespace dokhae::gui {

// The figures of the article being read, one row each in text order. Values are written in the
// interface language (672억 달러 or $67.2 billion); kinds and qualifiers are translated.
class FigureTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // InDollarsColumn: money in US dollars at the rate the article itself states (its conversions),
    // so that amounts in different currencies can be compared and sorted; empty without a rate.
    enum Column { TextColumn, ValueColumn, KindColumn, QualifiersColumn, SubjectColumn, YearColumn, InDollarsColumn,
                  ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1,  // numbers as numbers; "as written" sorts in text order
        KindRole,                     // the stable kind name (figureKindName), for filtering
        FigureIndexRole,              // the row's index in figures()
    };

    explicit FigureTableModel(QObject *parent = nullptr);

    void setFigures(const QList<figures::Figure> &figures, const QString &readingText);
    const QList<figures::Figure> &figures() const { return m_figures; }
    const QString &readingText() const { return m_text; }

    // "ko" or "en"; re-announces headers and every cell, since all of them may change.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    static QString kindLabel(figures::FigureKind kind);

    // A figure's money value in US dollars at the article's stated rate (US dollars as they are).
    std::optional<double> inDollars(int row) const;
    // The order of the Value column: money by its dollar value where the article states a rate,
    // money in a currency without one after it (by currency, then amount), other kinds by value.
    bool valueLessThan(int leftRow, int rightRow) const;
    static QList<figures::FigureKind> allKinds();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString qualifiersText(int row) const;
    QString rateText(const figures::Figure &figure) const;
    QString toolTip(int row, int column) const;

    QList<figures::Figure> m_figures;
    QString m_text;
    QString m_language = QStringLiteral("en");
    QHash<int, int> m_convertedBy;  // figure index -> index of the figure that converts it
    QHash<QString, double> m_dollarsPer;  // currency -> US dollars per unit, as the article states it
};

// The figures table's proxy: the Value column sorts as FigureTableModel::valueLessThan says, the
// other columns by their SortRole.
class FigureSortProxy : public QSortFilterProxyModel {
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace dokhae::gui
