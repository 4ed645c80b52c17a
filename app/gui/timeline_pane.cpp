#include "timeline_pane.h"

#include "language.h"
#include "util/date_format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace dokhae::gui {

namespace {

enum Column { DateColumn, WrittenColumn, SentenceColumn, EntitiesColumn, OutletColumn, ColumnCount };
constexpr int kEventIndexRole = Qt::UserRole + 1;  // on an event's row: its index in m_events

QString entityNames(const timeline::TimelineEvent &event, const QString &language)
{
    QStringList names;
    for (const entities::Entity &entity : event.entities)
        names << entity.displayName(language);
    return names.join(QStringLiteral(", "));
}

} // namespace

TimelinePane::TimelinePane(QWidget *parent)
    : QWidget(parent)
    , m_zoomLabel(new QLabel(this))
    , m_zoomBox(new QComboBox(this))
    , m_entityLabel(new QLabel(this))
    , m_entityBox(new QComboBox(this))
    , m_articleOnly(new QCheckBox(this))
    , m_tree(new QTreeWidget(this))
{
    m_zoomBox->addItem(QString(), int(Zoom::Year));
    m_zoomBox->addItem(QString(), int(Zoom::Month));
    m_zoomLabel->setBuddy(m_zoomBox);
    m_entityLabel->setBuddy(m_entityBox);
    m_entityBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(SentenceColumn, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_zoomLabel);
    bar->addWidget(m_zoomBox);
    bar->addSpacing(12);
    bar->addWidget(m_entityLabel);
    bar->addWidget(m_entityBox);
    bar->addSpacing(12);
    bar->addWidget(m_articleOnly);
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tree);

    connect(m_zoomBox, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    connect(m_entityBox, &QComboBox::currentIndexChanged, this, [this] {
        m_entityFilter = m_entityBox->currentData().toString();
        rebuild();
    });
    connect(m_articleOnly, &QCheckBox::toggled, this, [this] { rebuild(); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { activate(item); });
    retranslateUi();
}

void TimelinePane::setEvents(const QList<timeline::TimelineEvent> &events)
{
    m_events = events;
    fillEntityBox();
    rebuild();
}

TimelinePane::Zoom TimelinePane::zoom() const
{
    return Zoom(m_zoomBox->currentData().toInt());
}

void TimelinePane::setZoom(Zoom zoom)
{
    m_zoomBox->setCurrentIndex(m_zoomBox->findData(int(zoom)));
}

QString TimelinePane::entityFilter() const
{
    return m_entityFilter;
}

void TimelinePane::setEntityFilter(const QString &entityId)
{
    m_entityFilter = entityId;
    {
        const QSignalBlocker blocker(m_entityBox);
        m_entityBox->setCurrentIndex(std::max(0, m_entityBox->findData(entityId)));
    }
    rebuild();
}

void TimelinePane::setCurrentArticle(qint64 articleId)
{
    if (std::exchange(m_currentArticle, articleId) != articleId && m_articleOnly->isChecked())
        rebuild();
}

bool TimelinePane::articleOnly() const
{
    return m_articleOnly->isChecked();
}

void TimelinePane::setArticleOnly(bool only)
{
    m_articleOnly->setChecked(only);
}

int TimelinePane::shownEventCount() const
{
    int shown = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        shown += m_tree->topLevelItem(i)->childCount();
    return shown;
}

int TimelinePane::groupCount() const
{
    return m_tree->topLevelItemCount();
}

void TimelinePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TimelinePane::retranslateUi()
{
    m_zoomLabel->setText(tr("&Group by:"));
    m_zoomBox->setItemText(0, tr("Year"));
    m_zoomBox->setItemText(1, tr("Month"));
    m_entityLabel->setText(tr("&Entity:"));
    m_articleOnly->setText(tr("&This article only"));
    m_articleOnly->setToolTip(tr("Only the events of the article being read"));
    m_tree->setHeaderLabels({tr("Date"), tr("As written"), tr("Sentence"), tr("Entities"), tr("Outlet")});
    fillEntityBox();
    rebuild();  // group names and entity names follow the language
}

// Every entity the events name, most events first; the first entry shows all events.
void TimelinePane::fillEntityBox()
{
    const QString language = interfaceLanguage();
    QMap<QString, std::pair<int, QString>> named;  // id -> (events, name)
    for (const timeline::TimelineEvent &event : m_events) {
        for (const entities::Entity &entity : event.entities) {
            auto &entry = named[entity.id];
            ++entry.first;
            entry.second = entity.displayName(language);
        }
    }
    QList<std::pair<QString, std::pair<int, QString>>> sorted;
    for (auto it = named.cbegin(); it != named.cend(); ++it)
        sorted.append({it.key(), it.value()});
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.second.first > b.second.first; });
    const QSignalBlocker blocker(m_entityBox);
    m_entityBox->clear();
    m_entityBox->addItem(tr("All entities"), QString());
    for (const auto &[id, entry] : sorted)
        m_entityBox->addItem(tr("%1 (%n event(s))", nullptr, entry.first).arg(entry.second), id);
    const int current = m_entityBox->findData(m_entityFilter);
    m_entityBox->setCurrentIndex(current >= 0 ? current : 0);
}

QString TimelinePane::groupLabel(const timeline::TimelineEvent &event) const
{
    const QDate placed = event.date.placement();
    if (!placed.isValid())
        return tr("Not placed in time");
    if (zoom() == Zoom::Year)
        return QString::number(placed.year());
    const QLocale locale(interfaceLanguage() == u"ko" ? QLocale::Korean : QLocale::English);
    return locale.toString(placed, tr("MMMM yyyy", "a month group of the timeline, as a QDate format"));
}

QTreeWidgetItem *TimelinePane::eventItem(int index) const
{
    const timeline::TimelineEvent &event = m_events[index];
    const QString language = interfaceLanguage();
    const timeline::DateCertainty certainty = event.date.certainty;
    QString date = event.date.isoText();
    if (certainty == timeline::DateCertainty::Approximate)
        date = u'~' + date;
    else if (certainty == timeline::DateCertainty::Unresolved)
        date = QStringLiteral("?");
    auto *item = new QTreeWidgetItem(
        QStringList{date, event.date.written, event.sentence, entityNames(event, language), event.outlet});
    item->setData(DateColumn, kEventIndexRole, index);
    QString why;
    switch (certainty) {
    case timeline::DateCertainty::Exact: why = tr("Written in full in the article."); break;
    case timeline::DateCertainty::Resolved:
        why = tr("Written relative to the article's date (%1) and read against it.")
                  .arg(util::displayDate(event.published, language));
        break;
    case timeline::DateCertainty::Approximate: why = tr("The text gives a stretch of time, not a date."); break;
    case timeline::DateCertainty::Unresolved:
        why = event.date.relative && !event.published.isValid()
            ? tr("Relative to the article's date, which the article does not give.")
            : tr("The text does not place it in time.");
        break;
    }
    item->setToolTip(DateColumn, why);
    item->setToolTip(SentenceColumn, event.sentence);
    if (certainty == timeline::DateCertainty::Approximate || certainty == timeline::DateCertainty::Unresolved) {
        QFont italic = item->font(DateColumn);
        italic.setItalic(true);
        item->setFont(DateColumn, italic);
        item->setFont(WrittenColumn, italic);
    }
    return item;
}

void TimelinePane::rebuild()
{
    m_tree->clear();
    QTreeWidgetItem *group = nullptr;
    for (int i = 0; i < m_events.size(); ++i) {
        const timeline::TimelineEvent &event = m_events[i];
        if (!m_entityFilter.isEmpty() && !event.names(m_entityFilter))
            continue;
        if (m_articleOnly->isChecked() && event.articleId != m_currentArticle)
            continue;
        const QString label = groupLabel(event);
        if (!group || group->text(DateColumn) != label) {
            group = new QTreeWidgetItem(m_tree, QStringList{label});
            group->setFirstColumnSpanned(true);
            group->setExpanded(true);
        }
        group->addChild(eventItem(i));
    }
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        m_tree->topLevelItem(i)->setExpanded(true);
    m_tree->resizeColumnToContents(DateColumn);
}

void TimelinePane::activate(QTreeWidgetItem *item)
{
    const QVariant index = item ? item->data(DateColumn, kEventIndexRole) : QVariant();
    if (!index.isValid())
        return;  // a group
    const timeline::TimelineEvent &event = m_events.at(index.toInt());
    emit sentenceRequested(event.articleId, event.sentenceStart, event.sentenceEnd);
}

} // namespace dokhae::gui
