// Writes a generated corpus of Korean news articles as .txt files: make_corpus [--articles N]
// [--seed S] FOLDER. The same arguments give the same files, byte for byte.
#include "corpus_generator.h"
#include "corpus_options.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Generates made-up Korean news articles for benchmarks."));
    parser.addHelpOption();
    const dokhae::corpus::CorpusOptions corpus(parser);
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("Where the .txt files go."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    QString error;
    const qint64 bytes =
        dokhae::corpus::writeCorpus(parser.positionalArguments().first(), corpus.articles(), corpus.seed(), &error);
    if (bytes < 0) {
        std::fprintf(stderr, "make_corpus: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%d articles, %.1f MB\n", corpus.articles(), static_cast<double>(bytes) / 1e6);
    return 0;
}
