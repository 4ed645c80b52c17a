#pragma once

#include "charts/chart_spec.h"

#include <QAbstractListModel>
#include <QList>

namespace dokhae::gui {

// The charts of the article being read, in their order, titled in the interface language. Which
// charts were suggested and which the analyst made shows in each row; a chart kept on show from
// another article (the one being built across articles) is the last row and says so.
class ChartListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        ChartIdRole = Qt::UserRole + 1,
        OriginRole,        // "suggested" or "user" (chartOriginName-like, stable)
        ForeignRole,       // true for the chart kept from another article
    };

    explicit ChartListModel(QObject *parent = nullptr);

    // `foreign` is appended after the article's own charts when it is not among them.
    void setCharts(const QList<charts::ChartSpec> &charts, const std::optional<charts::ChartSpec> &foreign = {});
    const QList<charts::ChartSpec> &charts() const { return m_charts; }
    const charts::ChartSpec &chartAt(int row) const { return m_charts.at(row); }
    int rowOfChart(qint64 chartId) const;  // -1 when not listed
    bool isForeign(int row) const { return m_hasForeign && row == m_charts.size() - 1; }
    int articleChartCount() const { return int(m_charts.size()) - (m_hasForeign ? 1 : 0); }

    static QString kindLabel(charts::ChartKind kind);
    static QList<charts::ChartKind> allKinds();

    // "ko" or "en": titles follow the interface language.
    void setLanguage(const QString &language);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<charts::ChartSpec> m_charts;
    bool m_hasForeign = false;
    QString m_language = QStringLiteral("en");
};

} // namespace dokhae::gui
