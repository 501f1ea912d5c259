#include "ScenarioColumns.h"

namespace CareDesk::Gui {

namespace {

using Cell = ScenarioColumns::Cell;
using Column = ScenarioColumns::Column;

constexpr Column PERSONA_COLUMNS[] = {
    {"id", Cell::Text, true},         {"name", Cell::Text, false},
    {"handle", Cell::Text, false},    {"followers", Cell::Integer, false},
    {"verified", Cell::Check, false}, {"locale", Cell::Text, false},
};
constexpr Column EVENT_COLUMNS[] = {
    {"id", Cell::Text, true},   {"at", Cell::Integer, true},   {"persona", Cell::Persona, true},
    {"kind", Cell::Kind, true}, {"thread", Cell::Text, false}, {"replyTo", Cell::Event, false},
    {"text", Cell::Text, true}, {"lang", Cell::Text, false},
};
constexpr Column REACTION_COLUMNS[] = {
    {"id", Cell::Text, true},         {"after", Cell::EventOrReaction, true},
    {"on", Cell::Trigger, true},      {"contains", Cell::Words, false},
    {"delay", Cell::Integer, false},  {"wait", Cell::Integer, false},
    {"persona", Cell::Persona, true}, {"kind", Cell::Kind, true},
    {"thread", Cell::Text, false},    {"replyTo", Cell::EventOrReaction, false},
    {"text", Cell::Text, true},       {"lang", Cell::Text, false},
};
constexpr Column EXPECTATION_COLUMNS[] = {
    {"id", Cell::Text, true},         {"after", Cell::EventOrReaction, true},
    {"expect", Cell::Outcome, true},  {"within", Cell::Integer, false},
    {"contains", Cell::Words, false}, {"text", Cell::Text, false},
};

constexpr const char *LIST_KEYS[] = {"personas", "timeline", "reactions", "expectations"};

} // namespace

std::span<const Column> ScenarioColumns::columnsOf(int table)
{
    switch (table) {
    case PersonasTable:
        return PERSONA_COLUMNS;
    case TimelineTable:
        return EVENT_COLUMNS;
    case ReactionsTable:
        return REACTION_COLUMNS;
    default:
        return EXPECTATION_COLUMNS;
    }
}

int ScenarioColumns::columnOf(int table, const QString &key)
{
    const auto columns = columnsOf(table);
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (key == QLatin1String(columns[i].key))
            return static_cast<int>(i);
    }
    return -1;
}

QString ScenarioColumns::listKey(int table)
{
    return QLatin1String(LIST_KEYS[table]);
}

int ScenarioColumns::tableOf(const QString &key)
{
    for (int which = 0; which < TableCount; ++which) {
        if (key == QLatin1String(LIST_KEYS[which]))
            return which;
    }
    return -1;
}

bool ScenarioColumns::isChoice(Cell type)
{
    return type == Cell::Kind || type == Cell::Trigger || type == Cell::Outcome ||
           type == Cell::Persona || type == Cell::Event || type == Cell::EventOrReaction;
}

bool ScenarioColumns::isFreeChoice(Cell type)
{
    return type == Cell::Persona || type == Cell::Event || type == Cell::EventOrReaction;
}

bool ScenarioColumns::keepsSpaces(const Column &column)
{
    return qstrcmp(column.key, "text") == 0;
}

} // namespace CareDesk::Gui
