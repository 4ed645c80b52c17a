#pragma once

#include <QRandomGenerator>
#include <QSet>
#include <QString>

// A deterministic corpus of made-up Korean news articles for benchmarks and tests: for one seed
// the same articles, byte for byte, on every machine; titles and bodies all differ.
namespace dokhae::corpus {

struct GeneratedArticle {
    QString fileName;  // "article_000042.txt"
    QString title;
    QString header;  // date and byline lines, in one of the styles of the seeds
    QString body;    // paragraphs separated by blank lines

    // The file as written: title, header and body, UTF-8, each block after a blank line.
    QByteArray fileBytes() const;
};

class CorpusGenerator {
public:
    explicit CorpusGenerator(quint32 seed);

    // The next article of the sequence; the index only names the file.
    GeneratedArticle next();

private:
    QString uniqueTitle();
    QString header();
    QString paragraph();
    QString sentence(QStringView pattern);
    QString slotValue(QStringView slot);
    QString pick(const QStringList &choices);

    QRandomGenerator m_random;
    QSet<QString> m_titles;
    int m_index = 0;
};

// Writes articles 0..count-1 of the seed's sequence into folder (created if missing), one at a
// time so that 100,000 articles never sit in memory together. Returns the bytes written, or -1
// with *error set.
qint64 writeCorpus(const QString &folder, int count, quint32 seed, QString *error);

} // namespace dokhae::corpus
