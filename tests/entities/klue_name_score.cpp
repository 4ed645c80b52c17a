// How the whole recognizer (catalog, rules and the name tagger together, as the app runs it) does
// on annotated news nobody here wrote: KLUE-NER (klue-ner-v1.1_dev.tsv from the KLUE-benchmark
// repository, CC BY-SA 4.0, not stored here). Run by hand:
//   klue_name_score PATH/klue-ner-v1.1_dev.tsv [--hold-out-every 5] [--source wikitree]
//                   [--model FILE] [--min-confidence X] [--no-tagger]
// --hold-out-every 5 scores the sentences dokhae-train-ner holds back with the same option (the
// 1st, 6th, …), which the bundled model was not trained on. Scores are by mention, exact span and
// type, for persons, organizations and places; products and works are not KLUE types and are left
// out of both sides.
#include "entities/entity_catalog.h"
#include "entities/entity_recognizer.h"
#include "entities/tagger/ner_corpus.h"
#include "entities/tagger/ner_evaluation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <set>

#include <cstdio>

using namespace dokhae::entities;

namespace {

struct Counts {
    int correct = 0, predicted = 0, gold = 0;
};

QString row(const QString &name, const Counts &c)
{
    const double p = c.predicted ? 100.0 * c.correct / c.predicted : 0;
    const double r = c.gold ? 100.0 * c.correct / c.gold : 0;
    const double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
    return QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
        .arg(name).arg(p, 0, 'f', 1).arg(r, 0, 'f', 1).arg(f, 0, 'f', 1).arg(c.gold).arg(c.predicted);
}

using Span = std::tuple<qsizetype, qsizetype, EntityType>;

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("klue-tsv"), QStringLiteral("KLUE-NER tsv"));
    const QCommandLineOption every(QStringLiteral("hold-out-every"), QStringLiteral("Score every n-th sentence only."), QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption source(QStringLiteral("source"), QStringLiteral("Only sentences of this source (wikitree: news)."), QStringLiteral("name"));
    const QCommandLineOption modelFile(QStringLiteral("model"), QStringLiteral("Tagger model instead of the bundled one."), QStringLiteral("file"));
    const QCommandLineOption minConfidence(QStringLiteral("min-confidence"), QStringLiteral("Tagger threshold instead of the model's."), QStringLiteral("x"));
    const QCommandLineOption noTagger(QStringLiteral("no-tagger"), QStringLiteral("Catalog and rules only."));
    const QCommandLineOption show(QStringLiteral("show"), QStringLiteral("Print the first n wrong and missed names."), QStringLiteral("n"), QStringLiteral("0"));
    parser.addOptions({every, source, modelFile, minConfidence, noTagger, show});
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    QString error;
    const auto sentences = readKlueNer(parser.positionalArguments().first(), &error);
    if (!sentences) {
        std::fputs(qPrintable(error + u'\n'), stderr);
        return 1;
    }
    RecognizeOptions options;
    std::optional<NerTagger> ownTagger;
    if (parser.isSet(noTagger)) {
        options.tagger = nullptr;
    } else if (parser.isSet(modelFile) || parser.isSet(minConfidence)) {
        std::optional<NerModel> model = NerModel::load(parser.isSet(modelFile) ? parser.value(modelFile)
                                                                                 : QStringLiteral(DOKHAE_NER_MODEL), &error);
        if (!model) {
            std::fputs(qPrintable(error + u'\n'), stderr);
            return 1;
        }
        if (parser.isSet(minConfidence))
            model->setMinConfidence(parser.value(minConfidence).toDouble());
        ownTagger.emplace(std::move(*model));
        options.tagger = &*ownTagger;
    }
    const EntityCatalog &catalog = EntityCatalog::bundled();
    const int n = std::max(1, parser.value(every).toInt());
    std::map<EntityType, Counts> byType;
    int scored = 0, shown = 0;
    const int toShow = parser.value(show).toInt();
    for (qsizetype i = 0; i < sentences->size(); i += n) {
        const NerSentence &sentence = sentences->at(i);
        if (parser.isSet(source) && !sentence.id.endsWith(parser.value(source)))
            continue;
        ++scored;
        std::set<Span> gold, predicted;
        for (const TaggedName &name : namesFromLabels(sentence.labels))
            gold.insert({name.start, name.end, name.type});
        for (const ArticleEntity &found : recognizeEntities(sentence.text, catalog, options)) {
            if (found.entity.type == EntityType::Product || found.entity.type == EntityType::Work)
                continue;
            for (const Mention &mention : found.mentions)
                predicted.insert({mention.start, mention.end, found.entity.type});
        }
        for (const Span &span : predicted) {
            ++byType[std::get<2>(span)].predicted;
            if (shown < toShow && gold.count(span) == 0 && ++shown)
                std::printf("wrong  %s %s\t%s\n", qPrintable(entityTypeName(std::get<2>(span))),
                            qPrintable(sentence.text.mid(std::get<0>(span), std::get<1>(span) - std::get<0>(span))), qPrintable(sentence.text));
        }
        for (const Span &span : gold) {
            ++byType[std::get<2>(span)].gold;
            if (predicted.count(span) > 0)
                ++byType[std::get<2>(span)].correct;
            else if (shown < toShow && ++shown)
                std::printf("missed %s %s\t%s\n", qPrintable(entityTypeName(std::get<2>(span))),
                            qPrintable(sentence.text.mid(std::get<0>(span), std::get<1>(span) - std::get<0>(span))), qPrintable(sentence.text));
        }
    }
    QString table = QStringLiteral("%1 sentences\n\n| type | precision | recall | F1 | gold | found |\n|---|---:|---:|---:|---:|---:|\n").arg(scored);
    Counts all;
    for (const auto &[type, counts] : byType) {
        table += row(entityTypeName(type), counts);
        all.correct += counts.correct;
        all.predicted += counts.predicted;
        all.gold += counts.gold;
    }
    table += row(QStringLiteral("all"), all);
    std::fputs(qPrintable(table), stdout);
    return 0;
}
