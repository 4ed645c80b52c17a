#include "corpus_options.h"

#include <algorithm>

namespace dokhae::corpus {

CorpusOptions::CorpusOptions(QCommandLineParser &parser, int defaultArticles)
    : m_parser(parser)
    , m_articles(QStringLiteral("articles"), QStringLiteral("Articles to generate (default %1).").arg(defaultArticles),
                 QStringLiteral("N"), QString::number(defaultArticles))
    , m_seed(QStringLiteral("seed"), QStringLiteral("Seed of the corpus (default 1): the same seed, the same files."),
             QStringLiteral("S"), QStringLiteral("1"))
{
    parser.addOptions({m_articles, m_seed});
}

int CorpusOptions::articles() const
{
    return std::max(1, m_parser.value(m_articles).toInt());
}

quint32 CorpusOptions::seed() const
{
    return m_parser.value(m_seed).toUInt();
}

} // namespace dokhae::corpus
