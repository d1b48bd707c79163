// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk tests — the PDF worker's sandbox: each forbidden call, tried by the real worker after it
// has locked itself down, kills it (or is refused), and nothing it tried took effect.
#include "pdf/PdfWorkerClient.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace gw;

namespace {
struct Outcome
{
    bool exited = false;
    int code = -1;   // when exited
    int signal = 0;  // when killed
};

// Runs `gongwen pdf-worker --sandbox-probe WHAT` with standard input on /dev/null and waits for it.
// Descriptors of this process without FD_CLOEXEC are inherited, as they would be from a careless parent.
Outcome probe(const QString &what)
{
    const QByteArray exe = GONGWEN_EXECUTABLE;
    const QByteArray arg = what.toLocal8Bit();
    char *const argv[] = {const_cast<char *>(exe.constData()), const_cast<char *>("pdf-worker"),
                          const_cast<char *>("--sandbox-probe"), const_cast<char *>(arg.constData()),
                          nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    pid_t pid = 0;
    const int rc = posix_spawn(&pid, exe.constData(), &actions, nullptr, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    REQUIRE(rc == 0);
    int status = 0;
    REQUIRE(::waitpid(pid, &status, 0) == pid);
    Outcome o;
    o.exited = WIFEXITED(status);
    o.code = o.exited ? WEXITSTATUS(status) : -1;
    o.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    return o;
}
} // namespace

TEST_CASE("Worker sandbox: network, exec, ptrace and fork each kill the worker", "[security][sandbox]")
{
    for (const char *call : {"socket", "exec", "ptrace", "fork"}) {
        INFO(call);
        const Outcome o = probe(QString::fromLatin1(call));
        CHECK_FALSE(o.exited);
        CHECK(o.signal == SIGSYS);
    }
}

TEST_CASE("Worker sandbox: opening a file for writing kills the worker, and no file is made",
          "[security][sandbox]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("from-worker.txt"));
    const Outcome o = probe(QStringLiteral("write-file:") + path);
    CHECK(o.signal == SIGSYS);
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("Worker sandbox: the records are not readable from the worker where the kernel confines reads",
          "[security][sandbox]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("records.db"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("SQLite format 3");
    f.close();
    // A font is still readable (PDFs that do not embed theirs are drawn with the system's).
    const QString font = QStringLiteral("/usr/share/fonts");
    const Outcome fonts = probe(QStringLiteral("read-file:") + font);
    REQUIRE(fonts.exited);
    CHECK(fonts.code == 1);
    const Outcome o = probe(QStringLiteral("read-file:") + path);
    REQUIRE(o.exited); // reading is never a reason to kill: fonts are read this way
    if (o.code == 1)
        WARN("This kernel has no Landlock: reads outside the font folders are not confined here.");
    else
        CHECK(o.code == 0);
}

TEST_CASE("Worker sandbox: a descriptor the parent left open is closed in the worker", "[security][sandbox]")
{
    QTemporaryDir dir;
    const QByteArray path = dir.filePath(QStringLiteral("open.txt")).toLocal8Bit();
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT, 0600); // no O_CLOEXEC: inherited
    REQUIRE(fd > 2);
    const Outcome o = probe(QStringLiteral("inherited-fd:%1").arg(fd));
    ::close(fd);
    REQUIRE(o.exited);
    CHECK(o.code == 0);
}

TEST_CASE("Worker sandbox: a request that spins past its CPU time is stopped by the kernel",
          "[security][sandbox]")
{
    const Outcome o = probe(QStringLiteral("spin"));
    CHECK_FALSE(o.exited);
    CHECK((o.signal == SIGXCPU || o.signal == SIGKILL));
}

TEST_CASE("Worker sandbox: with the sandbox on, a PDF still opens, draws and reads", "[security][sandbox]")
{
    PdfWorkerClient w(QStringLiteral(GONGWEN_EXECUTABLE), {QStringLiteral("pdf-worker")});
    QFile f(QStringLiteral(GONGWEN_TEST_DATA "/../../resources/demo/flood.pdf"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    auto info = w.open(f.readAll());
    REQUIRE(info.ok());
    auto image = w.render(0, 72);
    REQUIRE(image.ok());
    CHECK(image.value().width() > 100);
    auto text = w.text(0);
    REQUIRE(text.ok());
    CHECK_FALSE(text.value().text.isEmpty());
}
