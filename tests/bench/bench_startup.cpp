// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — benchmarks of starting the workstation on a large register.
#include "bench_startup.h"

#include "MainWindow.h"

#include "services/AuthService.h"
#include "services/Workspace.h"
#include "storage/DatabaseUrl.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QProcess>

#include <cstdio>
#include <vector>

namespace gw::bench {

namespace {
/// Milliseconds from starting `program` with `args` until it prints `line` (or ends), median of `runs`.
double processMs(const QString &program, const QStringList &args, const QByteArray &line, int runs)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GONGWEN_STARTUP_PROBE"), QStringLiteral("1"));
        if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(program, args);
        QByteArray out;
        while (!out.contains(line) && p.state() != QProcess::NotRunning && t.elapsed() < 30000) {
            p.waitForReadyRead(50);
            out += p.readAllStandardOutput();
        }
        ms.push_back(t.nsecsElapsed() / 1e6);
        if (!out.contains(line)) {
            std::fprintf(stderr, "%s did not say “%s”\n", qPrintable(program), line.constData());
            std::exit(14);
        }
        p.kill();
        p.waitForFinished(5000);
    }
    return median(ms);
}

/// Catches the first paint of a window.
class FirstPaint final : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return false;
    }
};
} // namespace

QList<Figure> startupFigures(const QString &database, const QString &program, const QString &user,
                             const QString &password)
{
    QList<Figure> out;
    const QString url = QStringLiteral("sqlite://") + database;
    out.append({"startup.process_baseline_ms",
                processMs(program, {QStringLiteral("--version")}, QByteArray("."), 5), "ms"});
    out.append({"startup.login_window_ms",
                processMs(program, {QStringLiteral("--database"), url}, QByteArray("login window painted"), 5),
                "ms"});
    auto ws = Workspace::open(DatabaseUrl::sqliteFile(database));
    if (!ws) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(database));
        std::exit(15);
    }
    auto actor = ws.value()->auth().login(user, password);
    if (!actor) {
        std::fprintf(stderr, "cannot log in: %s\n", qPrintable(actor.error().message));
        std::exit(16);
    }
    std::vector<double> ms;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        MainWindow window(*ws.value(), actor.value());
        FirstPaint paint;
        window.installEventFilter(&paint);
        window.show();
        while (!paint.painted && t.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        ms.push_back(t.nsecsElapsed() / 1e6);
        window.removeEventFilter(&paint);
        window.close();
    }
    out.append({"startup.main_window_ms", median(ms), "ms"});
    return out;
}

} // namespace gw::bench
