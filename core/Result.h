// SPDX-License-Identifier: GPL-3.0-or-later
// Gongwen Desk — errors returned by core, with a message in the user's language.
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace gw {

/// What kind of failure a core call met; the UI chooses how to show it by this code.
enum class ErrorCode
{
    Validation,  ///< input does not follow a rule; nothing was written
    Permission,  ///< the actor's roles or clearance do not allow the action
    Conflict,    ///< the row was changed by someone else since it was read
    NotFound,    ///< the object does not exist (or is not visible to the actor)
    Busy,        ///< the database is locked by another workstation
    Storage,     ///< the database failed (disk full, read-only, broken connection …)
    Unsupported, ///< the database or file is of a kind this program cannot use
    Auth,        ///< wrong user name or password
    Throttled,   ///< too many failed log-ins; try again later
    Tampered,    ///< the audit chain does not verify
};

/// A failure: its code and a translated message fit to show as it is.
struct Error
{
    ErrorCode code = ErrorCode::Storage;
    QString message;
};

/// A value or an Error. Core calls return this instead of throwing.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    /// By value: `for (x : call().value())` must not refer into a temporary that is already gone.
    T value() && { return std::get<0>(std::move(m_data)); }
    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Success without a value, or an Error.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, const QString &message)
{
    return Error{code, message};
}

} // namespace gw
