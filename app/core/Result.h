#pragma once

#include <QString>

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

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
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
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace CareDesk::Core
