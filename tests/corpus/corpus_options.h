#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

// The command line that picks a generated corpus, shared by make_corpus and the benchmarks:
// --articles N (default 2000, or the program's own) and --seed S (default 1).
namespace dokhae::corpus {

class CorpusOptions {
public:
    explicit CorpusOptions(QCommandLineParser &parser, int defaultArticles = 2000);

    int articles() const;
    quint32 seed() const;

private:
    const QCommandLineParser &m_parser;
    QCommandLineOption m_articles;
    QCommandLineOption m_seed;
};

} // namespace dokhae::corpus
