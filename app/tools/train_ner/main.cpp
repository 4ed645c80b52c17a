#include "train_ner.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dokhae-train-ner"));
    return dokhae::tools::trainNer(QCoreApplication::arguments());
}
