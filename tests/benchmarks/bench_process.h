#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// What the whole-process benchmarks need: run a program as a child and take its wall time and
// peak memory from the kernel's own accounting, and percentiles of repeated figures.
namespace dokhae::bench {

struct ProcessRun {
    double wallMs = 0;
    double peakMb = 0;  // the child's largest resident set (wait4's ru_maxrss)
    int exitCode = -1;
    QByteArray output;  // its standard output
    QByteArray errors;  // its standard error
};

// Runs program (found on PATH when it has no slash) with arguments; environment is this
// process's with `overrides` ("NAME=value") in place. outputFolder holds the captured streams.
ProcessRun runProcess(const QStringList &command, const QStringList &overrides, const QString &outputFolder);

// Whether a program can be found on PATH.
bool onPath(const QString &program);

// This process's own peak resident set so far, from getrusage.
double selfPeakMb();

// How long work() takes, in milliseconds.
double millisecondsOf(const std::function<void()> &work);

// Samples of one figure, in milliseconds.
class Samples {
public:
    void add(double ms) { m_values.append(ms); }
    void add(const Samples &more) { m_values.append(more.m_values); }
    qsizetype size() const { return m_values.size(); }
    double percentile(double fraction) const;  // nearest rank; 0 for no samples
    double p50() const { return percentile(0.50); }
    double p95() const { return percentile(0.95); }

private:
    QList<double> m_values;
};

} // namespace dokhae::bench
