#include "train_ner.h"

#include "silver_labels.h"

#include "entities/tagger/ner_evaluation.h"
#include "entities/tagger/ner_trainer.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

namespace dokhae::tools {

using namespace entities;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

std::optional<QList<NerSentence>> readAll(const QStringList &paths)
{
    QList<NerSentence> all;
    for (const QString &path : paths) {
        QString error;
        const auto sentences = readKlueNer(path, &error);
        if (!sentences) {
            std::fputs(qPrintable(error + u'\n'), stderr);
            return std::nullopt;
        }
        say(QStringLiteral("%1: %2 sentences").arg(QFileInfo(path).fileName()).arg(sentences->size()));
        all += *sentences;
    }
    return all;
}

// Every n-th sentence (the 1st, the n+1-th, …) is held back; the rest is returned for training.
QList<NerSentence> holdOut(const QList<NerSentence> &sentences, int every, QList<NerSentence> &heldBack)
{
    QList<NerSentence> training;
    for (qsizetype i = 0; i < sentences.size(); ++i)
        (i % every == 0 ? heldBack : training).append(sentences.at(i));
    return training;
}

} // namespace

int trainNer(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Trains the name tagger from KLUE-NER tsv files and prints precision, recall and F1 by type "
        "on sentences it was not trained on."));
    parser.addHelpOption();
    const QCommandLineOption train(QStringLiteral("train"), QStringLiteral("KLUE-NER tsv to train on (repeatable)."), QStringLiteral("file"));
    const QCommandLineOption test(QStringLiteral("test"), QStringLiteral("KLUE-NER tsv held out for evaluation (repeatable)."), QStringLiteral("file"));
    const QCommandLineOption holdOutEvery(QStringLiteral("hold-out-every"),
        QStringLiteral("Hold back every n-th training sentence for evaluation (0: none)."), QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption validationEvery(QStringLiteral("validation-every"),
        QStringLiteral("Of the sentences left for training, hold back every n-th to choose the confidence threshold (0: none)."),
        QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption targetPrecision(QStringLiteral("target-precision"),
        QStringLiteral("Precision the confidence threshold is chosen for on the validation sentences."), QStringLiteral("p"),
        QStringLiteral("0.9"));
    const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("Model file to write, or with --evaluate to read."), QStringLiteral("file"));
    const QCommandLineOption evaluate(QStringLiteral("evaluate"), QStringLiteral("Only evaluate --model on --test."));
    const QCommandLineOption epochs(QStringLiteral("epochs"), QStringLiteral("Passes over the training set."), QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption tableBits(QStringLiteral("table-bits"), QStringLiteral("2^bits feature rows."), QStringLiteral("bits"), QStringLiteral("19"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the training order."), QStringLiteral("n"), QStringLiteral("20250611"));
    const QCommandLineOption goldRepeat(QStringLiteral("gold-repeat"),
        QStringLiteral("Train on each --train sentence left for training n times (it weighs real labels above --silver ones)."),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption silverForms(QStringLiteral("silver-forms"),
        QStringLiteral("Table of annotated forms and their counts (konec's ne_form_label_freq.tsv) to label --silver-text from."),
        QStringLiteral("file"));
    const QCommandLineOption silverText(QStringLiteral("silver-text"),
        QStringLiteral("Raw sentences (id<TAB>text per line) labelled from --silver-forms and added to training only."),
        QStringLiteral("file"));
    const QCommandLineOption silverColumn(QStringLiteral("silver-column"),
        QStringLiteral("The --silver-forms column that counts the forms in --silver-text."), QStringLiteral("name"),
        QStringLiteral("train_freq"));
    const QCommandLineOption silverThreshold(QStringLiteral("silver-threshold"),
        QStringLiteral("Share of a form's occurrences that must be annotated for it to be labelled everywhere."),
        QStringLiteral("share"), QStringLiteral("0.4"));
    parser.addOptions({train, test, holdOutEvery, validationEvery, targetPrecision, model, evaluate, epochs, tableBits,
                       seed, goldRepeat, silverForms, silverText, silverColumn, silverThreshold});
    parser.process(arguments);
    if (!parser.isSet(model) || (!parser.isSet(evaluate) && !parser.isSet(train))) {
        std::fputs(qPrintable(parser.helpText()), stderr);
        return 2;
    }

    const auto testSentences = readAll(parser.values(test));
    if (!testSentences)
        return 1;
    QList<NerSentence> heldBack = *testSentences;
    std::optional<NerModel> trained;
    if (parser.isSet(evaluate)) {
        QString error;
        trained = NerModel::load(parser.value(model), &error);
        if (!trained) {
            std::fputs(qPrintable(parser.value(model) + QStringLiteral(": ") + error + u'\n'), stderr);
            return 1;
        }
    } else {
        auto trainSentences = readAll(parser.values(train));
        if (!trainSentences)
            return 1;
        if (const int every = parser.value(holdOutEvery).toInt(); every > 0)
            *trainSentences = holdOut(*trainSentences, every, heldBack);
        QList<NerSentence> validation;
        if (const int every = parser.value(validationEvery).toInt(); every > 0)
            *trainSentences = holdOut(*trainSentences, every, validation);
        const QList<NerSentence> gold = *trainSentences;
        for (int i = 1; i < parser.value(goldRepeat).toInt(); ++i)
            *trainSentences += gold;
        if (parser.isSet(silverForms) != parser.isSet(silverText)) {
            std::fputs("--silver-forms and --silver-text go together\n", stderr);
            return 2;
        }
        if (parser.isSet(silverForms)) {
            QString error;
            const auto forms = readAnnotatedForms(parser.value(silverForms), parser.value(silverColumn), &error);
            const auto silver = forms ? silverSentences(parser.value(silverText), *forms, parser.value(silverThreshold).toDouble(), &error)
                                      : std::nullopt;
            if (!silver) {
                std::fputs(qPrintable(error + u'\n'), stderr);
                return 1;
            }
            qsizetype names = 0;
            for (const NerSentence &sentence : *silver)
                names += namesFromLabels(sentence.labels).size();
            say(QStringLiteral("%1: %2 sentences labelled from %3 forms, %4 names")
                    .arg(QFileInfo(parser.value(silverText)).fileName()).arg(silver->size()).arg(forms->size()).arg(names));
            *trainSentences += *silver;
        }
        NerTrainingOptions options;
        options.epochs = parser.value(epochs).toInt();
        options.tableBits = std::clamp(parser.value(tableBits).toInt(), 8, 24);
        options.seed = parser.value(seed).toUInt();
        say(QStringLiteral("training on %1 sentences (%2 for validation, %3 held out), %4 epochs, 2^%5 rows, seed %6")
                .arg(trainSentences->size()).arg(validation.size()).arg(heldBack.size()).arg(options.epochs)
                .arg(options.tableBits).arg(options.seed));
        QElapsedTimer timer;
        timer.start();
        trained = trainNerModel(*trainSentences, options, [&](int epoch, double accuracy) {
            say(QStringLiteral("  epoch %1: %2% of units right (%3 s)").arg(epoch).arg(100 * accuracy, 0, 'f', 2).arg(timer.elapsed() / 1000.0, 0, 'f', 1));
        });
        if (!validation.isEmpty()) {
            const double target = parser.value(targetPrecision).toDouble();
            trained->setMinConfidence(confidenceForPrecision(*trained, validation, target));
            say(QStringLiteral("confidence threshold for %1% precision on validation: %2")
                    .arg(100 * target, 0, 'f', 0).arg(trained->minConfidence(), 0, 'f', 3));
        }
        QString error;
        if (!trained->save(parser.value(model), &error)) {
            std::fputs(qPrintable(parser.value(model) + QStringLiteral(": ") + error + u'\n'), stderr);
            return 1;
        }
        say(QStringLiteral("wrote %1 (%2 bytes)").arg(parser.value(model)).arg(QFileInfo(parser.value(model)).size()));
    }
    if (heldBack.isEmpty()) {
        say(QStringLiteral("no held-out sentences: nothing to evaluate"));
        return 0;
    }
    say(QStringLiteral("\nentity-level scores on %1 held-out sentences (exact span and type), every name:\n").arg(heldBack.size()));
    say(evaluateNerModel(*trained, heldBack).table());
    say(QStringLiteral("names of confidence >= %1 (what the recognizer takes):\n").arg(trained->minConfidence(), 0, 'f', 3));
    say(evaluateNerModel(*trained, heldBack, trained->minConfidence()).table());
    return 0;
}

} // namespace dokhae::tools
