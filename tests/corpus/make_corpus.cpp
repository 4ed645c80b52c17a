// Writes a generated corpus of Korean news articles as .txt files: make_corpus [--articles N]
// [--seed S] FOLDER. The same arguments give the same files, byte for byte.
#include "corpus_generator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Generates made-up Korean news articles for benchmarks."));
    parser.addHelpOption();
    const QCommandLineOption articles(QStringLiteral("articles"), QStringLiteral("How many (default 2000)."),
                                      QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the sequence (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    parser.addOptions({articles, seed});
    parser.addPositionalArgument(QStringLiteral("folder"), QStringLiteral("Where the .txt files go."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    QString error;
    const qint64 bytes = dokhae::corpus::writeCorpus(parser.positionalArguments().first(),
                                                     parser.value(articles).toInt(), parser.value(seed).toUInt(), &error);
    if (bytes < 0) {
        std::fprintf(stderr, "make_corpus: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s articles, %.1f MB\n", qPrintable(parser.value(articles)), static_cast<double>(bytes) / 1e6);
    return 0;
}
