#include "ApertiumTranslator.h"

#include <QCoreApplication>
#include <QProcess>

namespace CareDesk::Translation {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CareDesk::Translation::ApertiumTranslator)
};

// Apertium names languages in ISO 639-3 (older pairs in 639-1); CareDesk in 639-1.
QString toIso1(const QString &code)
{
    static const QHash<QString, QString> names{{QStringLiteral("eng"), QStringLiteral("en")},
                                               {QStringLiteral("spa"), QStringLiteral("es")},
                                               {QStringLiteral("por"), QStringLiteral("pt")},
                                               {QStringLiteral("fra"), QStringLiteral("fr")},
                                               {QStringLiteral("cat"), QStringLiteral("ca")},
                                               {QStringLiteral("ita"), QStringLiteral("it")},
                                               {QStringLiteral("deu"), QStringLiteral("de")},
                                               {QStringLiteral("glg"), QStringLiteral("gl")},
                                               {QStringLiteral("nld"), QStringLiteral("nl")},
                                               {QStringLiteral("ron"), QStringLiteral("ro")},
                                               {QStringLiteral("swe"), QStringLiteral("sv")},
                                               {QStringLiteral("dan"), QStringLiteral("da")},
                                               {QStringLiteral("nob"), QStringLiteral("no")},
                                               {QStringLiteral("eus"), QStringLiteral("eu")},
                                               {QStringLiteral("oci"), QStringLiteral("oc")},
                                               {QStringLiteral("arg"), QStringLiteral("an")}};
    return code.size() == 2 ? code : names.value(code);
}

} // namespace

ApertiumTranslator::ApertiumTranslator(QString program)
    : m_program(std::move(program))
{
    QProcess list;
    list.start(m_program, {QStringLiteral("-l")});
    if (!list.waitForFinished(TIMEOUT_MS) || list.exitStatus() != QProcess::NormalExit) {
        m_problem =
            Tr::tr("Apertium is not installed on this computer (%1).").arg(list.errorString());
        return;
    }
    // One direction a line: "spa-eng", "spa-eng_US" (a variety), "es-pt".
    for (const QByteArray &line : list.readAllStandardOutput().split('\n')) {
        const QString mode = QString::fromUtf8(line).trimmed();
        const QStringList sides = mode.split(u'-');
        if (sides.size() != 2 || sides[1].contains(u'_'))
            continue;
        const QString from = toIso1(sides[0]);
        const QString to = toIso1(sides[1]);
        if (!from.isEmpty() && !to.isEmpty())
            m_modes.insert(from + u'-' + to, mode);
    }
    if (m_modes.isEmpty())
        m_problem = Tr::tr("Apertium has no language pairs installed (Debian: apertium-eng-spa, "
                           "apertium-es-pt, ...).");
}

QStringList ApertiumTranslator::directions() const
{
    QStringList directions = m_modes.keys();
    directions.sort();
    return directions;
}

QString ApertiumTranslator::middleFor(const QString &from, const QString &to) const
{
    // Through a language both sides have a pair with; English first, then Spanish, as they
    // have the most pairs.
    QStringList middles = {QStringLiteral("en"), QStringLiteral("es")};
    for (const QString &direction : directions())
        middles.append(direction.section(u'-', 1));
    for (const QString &middle : std::as_const(middles)) {
        if (m_modes.contains(from + u'-' + middle) && m_modes.contains(middle + u'-' + to))
            return middle;
    }
    return QString();
}

bool ApertiumTranslator::mayTranslate(const QString &from, const QString &to) const
{
    return m_problem.isEmpty() &&
           (from == to || m_modes.contains(from + u'-' + to) || !middleFor(from, to).isNull());
}

Core::Result<QString> ApertiumTranslator::run(const QString &mode, const QString &text) const
{
    if (text.trimmed().isEmpty())
        return text;
    QProcess apertium;
    // -u: no '*' before words it does not know; they pass through as written.
    apertium.start(m_program, {QStringLiteral("-u"), mode});
    if (!apertium.waitForStarted(TIMEOUT_MS))
        return Core::Error{Tr::tr("Apertium could not be started."), apertium.errorString()};
    apertium.write(text.toUtf8());
    apertium.closeWriteChannel();
    if (!apertium.waitForFinished(TIMEOUT_MS)) {
        apertium.kill();
        apertium.waitForFinished();
        return Core::Error{Tr::tr("Apertium took too long to translate."), mode};
    }
    if (apertium.exitStatus() != QProcess::NormalExit || apertium.exitCode() != 0)
        return Core::Error{Tr::tr("Apertium could not translate the text."),
                           QString::fromUtf8(apertium.readAllStandardError()).trimmed()};
    QString out = QString::fromUtf8(apertium.readAllStandardOutput());
    // Apertium may add blanks at either end; keep the ends as the text had them.
    while (!out.isEmpty() && out.back().isSpace() && !text.back().isSpace())
        out.chop(1);
    while (!out.isEmpty() && out.front().isSpace() && !text.front().isSpace())
        out.remove(0, 1);
    return out;
}

Core::Result<Translated> ApertiumTranslator::translate(const QString &text, const QString &from,
                                                       const QString &to) const
{
    if (!m_problem.isEmpty())
        return Core::Error{m_problem, QString()};
    if (from == to)
        return Translated{text, from, to, id(), {}};
    if (const auto direct = m_modes.constFind(from + u'-' + to); direct != m_modes.constEnd()) {
        auto translated = run(direct.value(), text);
        if (!translated)
            return translated.error();
        return Translated{translated.value(), from, to, id(), {}};
    }
    const QString middle = middleFor(from, to);
    if (!middle.isNull()) {
        auto halfway = run(m_modes.value(from + u'-' + middle), text);
        if (!halfway)
            return halfway.error();
        auto translated = run(m_modes.value(middle + u'-' + to), halfway.value());
        if (!translated)
            return translated.error();
        return Translated{translated.value(), from, to, id(), {middle}};
    }
    return Core::Error{
        Tr::tr("Apertium cannot translate from %1 to %2 on this computer.").arg(from, to),
        Tr::tr("Installed directions: %1").arg(directions().join(u", "))};
}

} // namespace CareDesk::Translation
