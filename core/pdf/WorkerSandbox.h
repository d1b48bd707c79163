// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — the PDF worker's sandbox: what a process that parses untrusted PDFs may still do.
#pragma once

#include <QString>

namespace gw::sandbox {

/// Closes every descriptor the worker inherited above standard error. Call first, before Qt opens any.
void closeInheritedDescriptors();

/// Caps the worker's address space; false when the limit could not be set.
bool limitMemory(quint64 bytes);

/// Locks the running process down for good: working directory `/`, no new privileges, reads only
/// beneath the font, Poppler-data and time-zone folders where the kernel offers Landlock, and a
/// seccomp allow-list that kills the process on anything else — network, exec, ptrace, fork, and
/// opening any file for writing. Returns an empty string on success, else what failed (the caller
/// must then refuse to parse anything).
QString enter();

/// True when the last enter() could also confine reads to the allowed folders (Landlock).
bool readsConfined();

/// Lets the next request use at most `seconds` of CPU time more; past it the kernel stops the
/// process (SIGXCPU), whatever the request is doing.
void limitCpuForNextRequest(int seconds);

/// Test hook: after enter(), attempts one forbidden operation by name ("socket", "exec", "ptrace",
/// "fork", "write-file:PATH", "read-file:PATH", "inherited-fd:N", "spin"). Returns 0 if the call was made and
/// refused with an error, 1 if it succeeded; a denial that kills never returns.
int probe(const QString &what);

} // namespace gw::sandbox
