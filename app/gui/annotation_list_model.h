#pragma once

#include "annotations/annotation.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace dokhae::gui {

// What the Notes tab's filters ask for; empty fields let everything through.
struct AnnotationFilter {
    QString color;  // a color key
    QString tag;
    QString text;   // in the quote, the note or a tag, case-insensitive
    bool accepts(const annotations::Annotation &annotation) const;
};

// Annotations as rows of the Notes tab: either those anchored in their article or the orphans,
// filtered, in the order given (text order, article by article). A row shows its color, the
// quote, the note's first lines and the tags; with titles set, the article's title as well.
class AnnotationListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, ArticleIdRole, ColorRole };
    enum class Kind { Anchored, Orphans };

    explicit AnnotationListModel(Kind kind, QObject *parent = nullptr);

    void setAnnotations(const QList<annotations::Annotation> &all, const QHash<qint64, QString> &titles);
    void setFilter(const AnnotationFilter &filter);
    const annotations::Annotation *at(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    void rebuild();

    Kind m_kind;
    QList<annotations::Annotation> m_all;
    QHash<qint64, QString> m_titles;  // empty when one article is shown
    AnnotationFilter m_filter;
    QList<qsizetype> m_rows;  // indexes into m_all
};

} // namespace dokhae::gui
