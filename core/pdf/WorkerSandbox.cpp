// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the PDF worker's sandbox.
#include "pdf/WorkerSandbox.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <seccomp.h>

#include <linux/landlock.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace gw::sandbox {
namespace {

bool g_readsConfined = false;

QString describe(const char *what, int err)
{
    return QStringLiteral("%1: %2").arg(QString::fromLatin1(what), QString::fromLocal8Bit(std::strerror(err)));
}

// The folders a page may need after start-up: fonts a PDF names without embedding them, Poppler's
// CMaps and encodings, fontconfig's caches, and the time zone for dates.
QList<QByteArray> readableFolders()
{
    QList<QByteArray> list{"/usr/share/fonts",      "/usr/local/share/fonts", "/usr/share/poppler",
                           "/usr/share/fontconfig", "/etc/fonts",             "/var/cache/fontconfig",
                           "/usr/share/zoneinfo",   "/etc/localtime",         "/usr/share/X11/fonts"};
    const QByteArray home = qgetenv("HOME");
    if (!home.isEmpty()) {
        list << home + "/.fonts" << home + "/.local/share/fonts" << home + "/.fontconfig"
             << home + "/.cache/fontconfig";
    }
    if (const QByteArray data = qgetenv("XDG_DATA_HOME"); !data.isEmpty())
        list << data + "/fonts";
    if (const QByteArray cache = qgetenv("XDG_CACHE_HOME"); !cache.isEmpty())
        list << cache + "/fontconfig";
    return list;
}

// Landlock where the kernel has it: nothing may be written anywhere, and only the folders above read.
// A kernel without it leaves reads to seccomp, which still refuses every open for writing.
bool confineReads()
{
    const long abi = ::syscall(SYS_landlock_create_ruleset, nullptr, 0, LANDLOCK_CREATE_RULESET_VERSION);
    if (abi < 1)
        return false;
    quint64 handled = (quint64(1) << 13) - 1; // ABI 1: execute … make symlink
    if (abi >= 2)
        handled |= quint64(1) << 13; // refer
    if (abi >= 3)
        handled |= quint64(1) << 14; // truncate
    struct landlock_ruleset_attr attr;
    std::memset(&attr, 0, sizeof attr);
    attr.handled_access_fs = handled;
    const int ruleset = int(::syscall(SYS_landlock_create_ruleset, &attr, sizeof attr, 0));
    if (ruleset < 0)
        return false;
    for (const QByteArray &path : readableFolders()) {
        const int fd = ::open(path.constData(), O_PATH | O_CLOEXEC);
        if (fd < 0)
            continue;
        struct stat st;
        const bool isDir = ::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode);
        struct landlock_path_beneath_attr rule;
        std::memset(&rule, 0, sizeof rule);
        rule.allowed_access = LANDLOCK_ACCESS_FS_READ_FILE | (isDir ? LANDLOCK_ACCESS_FS_READ_DIR : 0);
        rule.parent_fd = fd;
        ::syscall(SYS_landlock_add_rule, ruleset, LANDLOCK_RULE_PATH_BENEATH, &rule, 0);
        ::close(fd);
    }
    const bool ok = ::syscall(SYS_landlock_restrict_self, ruleset, 0) == 0;
    ::close(ruleset);
    return ok;
}

QString loadSeccomp()
{
    scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_KILL_PROCESS);
    if (!ctx)
        return QStringLiteral("seccomp_init");
    int rc = 0;
    auto allow = [&](int nr) {
        if (rc == 0)
            rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, nr, 0);
    };
    // Reading requests, answering, memory, time, signals to itself, and what Poppler, FreeType and
    // fontconfig do while drawing: stat, list and read the font and data folders.
    for (int nr : {SCMP_SYS(read), SCMP_SYS(readv), SCMP_SYS(pread64), SCMP_SYS(write), SCMP_SYS(writev),
                   SCMP_SYS(close), SCMP_SYS(lseek), SCMP_SYS(fstat), SCMP_SYS(stat), SCMP_SYS(lstat),
                   SCMP_SYS(newfstatat), SCMP_SYS(statx), SCMP_SYS(fstatfs), SCMP_SYS(statfs),
                   SCMP_SYS(getdents64), SCMP_SYS(access), SCMP_SYS(faccessat), SCMP_SYS(faccessat2),
                   SCMP_SYS(readlink), SCMP_SYS(readlinkat), SCMP_SYS(getcwd), SCMP_SYS(fcntl),
                   SCMP_SYS(fadvise64), SCMP_SYS(brk), SCMP_SYS(mmap), SCMP_SYS(munmap), SCMP_SYS(mremap),
                   SCMP_SYS(mprotect), SCMP_SYS(madvise), SCMP_SYS(futex), SCMP_SYS(clock_gettime),
                   SCMP_SYS(clock_getres), SCMP_SYS(gettimeofday), SCMP_SYS(time), SCMP_SYS(nanosleep),
                   SCMP_SYS(clock_nanosleep), SCMP_SYS(getrusage), SCMP_SYS(sysinfo), SCMP_SYS(uname),
                   SCMP_SYS(getrandom), SCMP_SYS(getpid), SCMP_SYS(gettid), SCMP_SYS(getuid),
                   SCMP_SYS(geteuid), SCMP_SYS(getgid), SCMP_SYS(getegid), SCMP_SYS(sched_yield),
                   SCMP_SYS(sched_getaffinity), SCMP_SYS(rt_sigaction), SCMP_SYS(rt_sigprocmask),
                   SCMP_SYS(rt_sigreturn), SCMP_SYS(sigaltstack), SCMP_SYS(restart_syscall),
                   SCMP_SYS(poll), SCMP_SYS(ppoll), SCMP_SYS(exit), SCMP_SYS(exit_group)})
        allow(nr);
    // Opening only for reading: any open that could write, create, truncate or append kills.
    const scmp_datum_t writing = O_ACCMODE | O_CREAT | O_TRUNC | O_APPEND | (O_TMPFILE & ~O_DIRECTORY);
    if (rc == 0)
        rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(openat), 1, SCMP_A2(SCMP_CMP_MASKED_EQ, writing, 0));
    if (rc == 0)
        rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(open), 1, SCMP_A1(SCMP_CMP_MASKED_EQ, writing, 0));
    // Limits: its own CPU limit may be set (one per request), any limit read.
    if (rc == 0)
        rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(prlimit64), 2, SCMP_A0(SCMP_CMP_EQ, 0),
                              SCMP_A1(SCMP_CMP_EQ, RLIMIT_CPU));
    if (rc == 0)
        rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(prlimit64), 1, SCMP_A2(SCMP_CMP_EQ, 0));
    // abort() signals the process itself; no other process may be signalled.
    if (rc == 0)
        rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(tgkill), 1, SCMP_A0(SCMP_CMP_EQ, scmp_datum_t(::getpid())));
    // isatty() on its own descriptors.
    if (rc == 0)
        rc = seccomp_rule_add(ctx, SCMP_ACT_ALLOW, SCMP_SYS(ioctl), 1, SCMP_A1(SCMP_CMP_EQ, TCGETS));
    if (rc == 0)
        rc = seccomp_load(ctx);
    seccomp_release(ctx);
    return rc == 0 ? QString() : describe("seccomp", -rc);
}

} // namespace

void closeInheritedDescriptors()
{
    if (::close_range(3, ~0U, 0) == 0)
        return;
    const long max = ::sysconf(_SC_OPEN_MAX);
    for (long fd = 3; fd < (max > 0 ? max : 1024); ++fd)
        ::close(int(fd));
}

bool limitMemory(quint64 bytes)
{
    struct rlimit mem;
    mem.rlim_cur = mem.rlim_max = rlim_t(bytes);
    if (::setrlimit(RLIMIT_AS, &mem) != 0)
        return false;
    struct rlimit check;
    return ::getrlimit(RLIMIT_AS, &check) == 0 && check.rlim_cur <= rlim_t(bytes);
}

QString enter()
{
    if (::chdir("/") != 0)
        return describe("chdir", errno);
    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        return describe("no_new_privs", errno);
    g_readsConfined = confineReads();
    return loadSeccomp();
}

bool readsConfined()
{
    return g_readsConfined;
}

void limitCpuForNextRequest(int seconds)
{
    struct rusage usage;
    if (::getrusage(RUSAGE_SELF, &usage) != 0)
        return;
    const rlim_t used = rlim_t(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + 1);
    struct rlimit cpu;
    if (::getrlimit(RLIMIT_CPU, &cpu) != 0)
        return;
    cpu.rlim_cur = used + rlim_t(seconds);
    if (cpu.rlim_max != RLIM_INFINITY && cpu.rlim_cur > cpu.rlim_max)
        cpu.rlim_cur = cpu.rlim_max;
    ::setrlimit(RLIMIT_CPU, &cpu);
}

int probe(const QString &what)
{
    const QByteArray arg = what.section(QLatin1Char(':'), 1).toLocal8Bit();
    const QString name = what.section(QLatin1Char(':'), 0, 0);
    if (name == QLatin1String("socket"))
        return ::socket(AF_INET, SOCK_STREAM, 0) >= 0 ? 1 : 0;
    if (name == QLatin1String("exec")) {
        char *const argv[] = {const_cast<char *>("/bin/true"), nullptr};
        ::execv("/bin/true", argv);
        return 0;
    }
    if (name == QLatin1String("ptrace"))
        return ::ptrace(PTRACE_TRACEME, 0, nullptr, nullptr) == 0 ? 1 : 0;
    if (name == QLatin1String("fork")) {
        const pid_t pid = ::fork();
        if (pid == 0)
            ::_exit(0);
        return pid > 0 ? 1 : 0;
    }
    if (name == QLatin1String("write-file"))
        return ::open(arg.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600) >= 0 ? 1 : 0;
    if (name == QLatin1String("read-file"))
        return ::open(arg.constData(), O_RDONLY | O_CLOEXEC) >= 0 ? 1 : 0;
    if (name == QLatin1String("inherited-fd"))
        return ::fcntl(arg.toInt(), F_GETFD) >= 0 ? 1 : 0;
    if (name == QLatin1String("spin")) {
        limitCpuForNextRequest(1);
        for (volatile quint64 i = 0;; i = i + 1) {
        }
    }
    return 2;
}

} // namespace gw::sandbox
