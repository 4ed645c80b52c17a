// Texts the figure suites read: the seeds' reading texts, fixtures in tests/data/figures, and a
// figure found by how it is written.
#pragma once

#include "figures/figure.h"
#include "import/article_parser.h"

#include <QFile>
#include <QList>
#include <QString>

namespace dokhae::test {

inline QString seedText(const QString &fileName)
{
    const auto parsed = import::parseArticleFile(QStringLiteral(DOKHAE_SEEDS_DIR "/") + fileName);
    return parsed.ok ? parsed.article.text : QString();
}

inline QString fixtureText(const QString &fileName)
{
    QFile file(QStringLiteral(DOKHAE_TEST_DATA_DIR "/figures/") + fileName);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The first figure written `text` at or after `from`, or nullptr.
inline const figures::Figure *findFigure(const QList<figures::Figure> &figures, QStringView text, qsizetype from = 0)
{
    for (const figures::Figure &f : figures) {
        if (f.text == text && f.start >= from)
            return &f;
    }
    return nullptr;
}

} // namespace dokhae::test
