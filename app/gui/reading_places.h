#pragma once

#include <QString>

namespace dokhae::gui {

// Where the analyst was reading, per library (QSettings): the article last open and, for each
// article, the reading-text offset at the top of the view. An offset, not a scroll value, so the
// place holds when the window, the font or the text's layout changes.
class ReadingPlaces
{
public:
    explicit ReadingPlaces(const QString &libraryPath);

    qint64 lastArticle() const;
    void setLastArticle(qint64 articleId);
    qsizetype position(qint64 articleId) const;
    void setPosition(qint64 articleId, qsizetype offset);

private:
    QString key(const QString &name) const;

    QString m_group;  // one settings group per library file
};

} // namespace dokhae::gui
