#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>
#include <variant>

namespace CareDesk::Core {

// An expected failure: what to tell the user, and what to tell whoever reads the log.
struct Error
{
    QString userMessage; // one translated sentence, shown as is
    QString detail;      // technical detail: SQL error, file path, HTTP status
};

// Reading the value of a failed result (or the error of a successful one) is a programming
// error: it stops the program with the error's words, in release builds too, rather than
// throwing an exception across the event loop.
[[noreturn]] inline void wrongResultAccess(const char *what, const Error *error)
{
    qFatal("Result: %s (%s %s)", what, error ? qPrintable(error->userMessage) : "",
           error ? qPrintable(error->detail) : "");
}

// Result-or-error for every operation that can fail for reasons outside the program.
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *checkedValue(); }
    T &value() & { return *checkedValue(); }
    T &&value() && { return std::move(*checkedValue()); }
    const Error &error() const
    {
        if (ok())
            wrongResultAccess("error() of a result that has a value", nullptr);
        return *std::get_if<Error>(&m_state);
    }

private:
    T *checkedValue() const
    {
        if (!ok())
            wrongResultAccess("value() of a failed result", std::get_if<Error>(&m_state));
        return const_cast<T *>(std::get_if<T>(&m_state));
    }

    std::variant<T, Error> m_state;
};

template<> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const
    {
        if (ok())
            wrongResultAccess("error() of a result that succeeded", nullptr);
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

} // namespace CareDesk::Core

Q_DECLARE_METATYPE(CareDesk::Core::Error)
