#pragma once

// Catch2 for the tests, v2 (Debian 12) or v3 (Ubuntu 24.04, Homebrew), plus printing of Qt
// values in failure messages instead of "{?}".
#if __has_include(<catch2/catch.hpp>)
#include <catch2/catch.hpp>
#else
#include <catch2/catch_all.hpp>
#endif

#include <QByteArray>
#include <QString>

namespace Catch {

template<> struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template<> struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &value) { return '"' + value.toStdString() + '"'; }
};

} // namespace Catch
