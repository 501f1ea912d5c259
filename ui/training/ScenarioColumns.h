#pragma once

#include <QString>

#include <span>

namespace CareDesk::Gui {

// What each table of the scenario editor holds: one list of the scenario file
// (plugins/sandbox/SCENARIO-FORMAT.md) per table, one field of its items per column, and for each
// column how its cells are edited and written to the file.
struct ScenarioColumns
{
    // The tables, in the order of their tabs; row i of a table is item i of its list in the file.
    enum Table { PersonasTable, TimelineTable, ReactionsTable, ExpectationsTable, TableCount };
    // The columns of each table, named after the fields of the format.
    enum PersonaColumn {
        PersonaId,
        PersonaName,
        PersonaHandle,
        PersonaFollowers,
        PersonaVerified,
        PersonaLocale
    };
    enum EventColumn {
        EventId,
        EventAt,
        EventPersona,
        EventKind,
        EventThread,
        EventReplyTo,
        EventText,
        EventLanguage
    };
    enum ReactionColumn {
        ReactionId,
        ReactionAfter,
        ReactionOn,
        ReactionContains,
        ReactionDelay,
        ReactionWait,
        ReactionPersona,
        ReactionKind,
        ReactionThread,
        ReactionReplyTo,
        ReactionText,
        ReactionLanguage
    };
    enum ExpectationColumn {
        ExpectationId,
        ExpectationAfter,
        ExpectationExpect,
        ExpectationWithin,
        ExpectationContains,
        ExpectationText
    };

    // What a cell holds, which decides how it is edited and written to the file.
    enum class Cell {
        Text,
        Integer,         // seconds or followers; written as a number, or as text when it is not one
        Check,           // a check box, written as true or left out
        Words,           // comma-separated, written as a list
        Kind,            // mention, comment, dm
        Trigger,         // a reaction's "on"
        Outcome,         // an expectation's "expect"
        Persona,         // a persona id
        Event,           // a timeline event id
        EventOrReaction, // a timeline event or reaction id
    };

    struct Column
    {
        const char *key; // the field in the file; a problem's place names it
        Cell type;
        bool required; // written even when empty, for the check to report it
    };

    // The columns of a table, in order.
    static std::span<const Column> columnsOf(int table);
    // The column for the field `key`; -1 when the table has none.
    static int columnOf(int table, const QString &key);
    // The list in the file a table holds: "personas", "timeline", "reactions", "expectations".
    static QString listKey(int table);
    // The table holding the list `key`; -1 when none does.
    static int tableOf(const QString &key);

    // A cell edited by choosing from a list.
    static bool isChoice(Cell type);
    // Ids may be typed freely (a persona still to be added); the format's own words may not.
    static bool isFreeChoice(Cell type);
    // A customer's text is kept exactly; everything else loses stray spaces.
    static bool keepsSpaces(const Column &column);
};

} // namespace CareDesk::Gui
