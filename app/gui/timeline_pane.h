#pragma once

#include "timeline/timeline_event.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace dokhae::gui {

// The dated events of the library (or of one article) along time: groups by year or by month,
// each event with its date as written and as read, its sentence, its entities and its outlet. A
// date the text leaves open is shown as such (~ and in italics, placed by the start of its range);
// one it does not place at all goes to a last group. The entity box narrows to the events whose
// sentence names one entity. Activating an event asks for its sentence to be opened.
//
// It shows what it is given (timeline::libraryTimeline's events, in time order); reading them from
// the library is the caller's, off the GUI thread for a large library.
class TimelinePane : public QWidget {
    Q_OBJECT

public:
    enum class Zoom { Year, Month };

    explicit TimelinePane(QWidget *parent = nullptr);

    void setEvents(const QList<timeline::TimelineEvent> &events);
    const QList<timeline::TimelineEvent> &events() const { return m_events; }

    Zoom zoom() const;
    void setZoom(Zoom zoom);
    // An entities::Entity id, or empty for every event; an id no event names shows none.
    QString entityFilter() const;
    void setEntityFilter(const QString &entityId);
    // The article being read; with "This article only" ticked only its events are listed.
    void setCurrentArticle(qint64 articleId);
    bool articleOnly() const;
    void setArticleOnly(bool only);

    // How many events the list shows after the filter, and in how many groups.
    int shownEventCount() const;
    int groupCount() const;

signals:
    // The analyst activated an event (double-click, Return): open that article at the sentence.
    void sentenceRequested(qint64 articleId, qsizetype sentenceStart, qsizetype sentenceEnd);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillEntityBox();
    void rebuild();
    QString groupLabel(const timeline::TimelineEvent &event) const;
    QTreeWidgetItem *eventItem(int index) const;
    void activate(QTreeWidgetItem *item);

    QLabel *m_zoomLabel = nullptr;
    QComboBox *m_zoomBox = nullptr;
    QLabel *m_entityLabel = nullptr;
    QComboBox *m_entityBox = nullptr;
    QCheckBox *m_articleOnly = nullptr;
    qint64 m_currentArticle = 0;
    QTreeWidget *m_tree = nullptr;
    QList<timeline::TimelineEvent> m_events;
    QString m_entityFilter;
};

} // namespace dokhae::gui
