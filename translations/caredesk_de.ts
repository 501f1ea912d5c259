<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CareDesk::Channels::ChannelCatalog</name>
    <message>
        <source>This file is not a Qt plugin.</source>
        <translation>Diese Datei ist kein Qt-Plugin.</translation>
    </message>
    <message>
        <source>This is not a CareDesk channel plugin (interface %1).</source>
        <translation>Dies ist kein CareDesk-Kanal-Plugin (Schnittstelle %1).</translation>
    </message>
    <message>
        <source>The plugin&apos;s description is incomplete (id, version and compatVersion are required).</source>
        <translation>Die Beschreibung des Plugins ist unvollständig (id, version und compatVersion sind erforderlich).</translation>
    </message>
    <message>
        <source>This plugin needs a newer CareDesk (channel interface %1; this version has %2).</source>
        <translation>Dieses Plugin erfordert eine neuere CareDesk-Version (Kanalschnittstelle %1; diese Version hat %2).</translation>
    </message>
    <message>
        <source>Another plugin with the id &quot;%1&quot; is already installed.</source>
        <translation>Ein anderes Plugin mit der ID „%1“ ist bereits installiert.</translation>
    </message>
    <message>
        <source>The plugin does not implement the channel interface.</source>
        <translation>Das Plugin implementiert die Kanalschnittstelle nicht.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Geladen</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Incompatible</source>
        <translation>Inkompatibel</translation>
    </message>
    <message>
        <source>Failed to load</source>
        <translation>Laden fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>CareDesk::Channels::Sandbox::SandboxPlugin</name>
    <message>
        <source>The practice scenario %1 could not be read: %2</source>
        <translation>Das Übungsszenario %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The practice scenario %1 has problems: %2</source>
        <translation>Das Übungsszenario %1 enthält Fehler: %2</translation>
    </message>
</context>
<context>
    <name>CareDesk::Channels::Sandbox::Scenario</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>(top): a scenario is a JSON object</source>
        <translation>(oberste Ebene): ein Szenario ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>format: must be &quot;caredesk-scenario&quot;</source>
        <translation>format: muss „caredesk-scenario“ sein</translation>
    </message>
    <message>
        <source>version: must be %1</source>
        <translation>version: muss %1 sein</translation>
    </message>
    <message>
        <source>id: required</source>
        <translation>id: erforderlich</translation>
    </message>
    <message>
        <source>personas: at least one persona is required</source>
        <translation>personas: mindestens eine Persona ist erforderlich</translation>
    </message>
    <message>
        <source>%1.id: required</source>
        <translation>%1.id: erforderlich</translation>
    </message>
    <message>
        <source>%1.id: &quot;%2&quot; is used twice</source>
        <translation>%1.id: „%2“ wird zweimal verwendet</translation>
    </message>
    <message>
        <source>%1: needs a name or a handle</source>
        <translation>%1: braucht einen Namen oder ein Handle</translation>
    </message>
    <message>
        <source>timeline: at least one event is required</source>
        <translation>timeline: mindestens ein Ereignis ist erforderlich</translation>
    </message>
    <message>
        <source>%1.at: seconds from the start are required</source>
        <translation>%1.at: Sekunden ab dem Start sind erforderlich</translation>
    </message>
    <message>
        <source>%1.persona: unknown persona &quot;%2&quot;</source>
        <translation>%1.persona: unbekannte Persona „%2“</translation>
    </message>
    <message>
        <source>%1.kind: must be mention, comment or dm</source>
        <translation>%1.kind: muss mention, comment oder dm sein</translation>
    </message>
    <message>
        <source>%1.text: required</source>
        <translation>%1.text: erforderlich</translation>
    </message>
    <message>
        <source>%1.replyTo: no earlier event &quot;%2&quot;</source>
        <translation>%1.replyTo: kein früheres Ereignis „%2“</translation>
    </message>
</context>
<context>
    <name>CareDesk::Core</name>
    <message>
        <source>Use this interface language (e.g. de, es) instead of the system&apos;s.</source>
        <translation>Diese Sprache für die Benutzeroberfläche statt der Systemsprache verwenden (z. B. de, es).</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::ConversationView</name>
    <message>
        <source>Conversation messages</source>
        <translation>Nachrichten der Unterhaltung</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Keine Unterhaltung ausgewählt</translation>
    </message>
    <message>
        <source>Choose a conversation from the inbox.</source>
        <translation>Wählen Sie eine Unterhaltung im Posteingang aus.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Direktnachricht</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source> · not answered yet</source>
        <translation> · noch nicht beantwortet</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::CustomerPanel</name>
    <message>
        <source>Reach:</source>
        <translation>Reichweite:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Locale:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Customer&apos;s conversations</source>
        <translation>Unterhaltungen des Kunden</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Kein Kunde</translation>
    </message>
    <message>
        <source> · verified</source>
        <translation> · verifiziert</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>Nicht freigegeben</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>(this conversation) </source>
        <translation>(diese Unterhaltung) </translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::InboxModel</name>
    <message>
        <source>%1 · private</source>
        <translation>%1 · privat</translation>
    </message>
    <message>
        <source>%1 · public</source>
        <translation>%1 · öffentlich</translation>
    </message>
    <message>
        <source>@%1 · %2</source>
        <translation>@%1 · %2</translation>
    </message>
    <message>
        <source>Reply due %1</source>
        <translation>Antwort fällig bis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) not answered yet</source>
        <translation>
            <numerusform>%n Nachricht noch nicht beantwortet</numerusform>
            <numerusform>%n Nachrichten noch nicht beantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Spr.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::MainWindow</name>
    <message>
        <source>CareDesk</source>
        <translation>CareDesk</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Opening workspace…</source>
        <translation>Arbeitsbereich wird geöffnet…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Next conversation</source>
        <translation>&amp;Nächste Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Previous conversation</source>
        <translation>&amp;Vorherige Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Posteingang</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About CareDesk</source>
        <translation>Ü&amp;ber CareDesk</translation>
    </message>
    <message>
        <source>About CareDesk</source>
        <translation>Über CareDesk</translation>
    </message>
    <message>
        <source>CareDesk %1
One inbox for social customer care.</source>
        <translation>CareDesk %1
Ein Posteingang für den Kundenservice in sozialen Netzwerken.</translation>
    </message>
    <message numerus="yes">
        <source>Local workspace · %n conversation(s)</source>
        <translation>
            <numerusform>Lokaler Arbeitsbereich · %n Unterhaltung</numerusform>
            <numerusform>Lokaler Arbeitsbereich · %n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: connected</source>
        <translation>%1: verbunden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::Presentation</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 followers</source>
        <translation>%1 Follower</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 Tage</translation>
    </message>
</context>
<context>
    <name>CareDesk::Ingest</name>
    <message>
        <source>New messages could not be saved.</source>
        <translation>Neue Nachrichten konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Security::CredentialStore</name>
    <message>
        <source>No saved sign-in was found for this account.</source>
        <translation>Für dieses Konto wurde keine gespeicherte Anmeldung gefunden.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>Der Zugriff auf den Schlüsselbund des Systems wurde verweigert.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Sign-ins cannot be saved until a keyring (such as GNOME Keyring or KWallet) is running and unlocked.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar. Anmeldungen können erst gespeichert werden, wenn ein Schlüsselbund (etwa GNOME Keyring oder KWallet) läuft und entsperrt ist.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Server</name>
    <message>
        <source>The server could not listen on %1:%2. Is another server using that port?</source>
        <translation>Der Server konnte nicht auf %1:%2 lauschen. Verwendet bereits ein anderer Server diesen Port?</translation>
    </message>
</context>
<context>
    <name>CareDesk::Server::ServerDatabase</name>
    <message>
        <source>The server data folder could not be created.</source>
        <translation>Der Datenordner des Servers konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The server database could not be opened.</source>
        <translation>Die Serverdatenbank konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The server database is damaged or cannot use crash-safe (WAL) mode.</source>
        <translation>Die Serverdatenbank ist beschädigt oder kann den absturzsicheren Modus (WAL) nicht verwenden.</translation>
    </message>
    <message>
        <source>The database address must look like postgresql://user@host/database.</source>
        <translation>Die Datenbankadresse muss die Form postgresql://benutzer@host/datenbank haben.</translation>
    </message>
    <message>
        <source>This CareDesk server was built without PostgreSQL support.</source>
        <translation>Dieser CareDesk-Server wurde ohne PostgreSQL-Unterstützung erstellt.</translation>
    </message>
    <message>
        <source>The PostgreSQL database could not be reached.</source>
        <translation>Die PostgreSQL-Datenbank ist nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Storage::Database</name>
    <message>
        <source>The workspace file could not be opened.</source>
        <translation>Die Arbeitsbereichsdatei konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The workspace file is damaged or is not a CareDesk workspace.</source>
        <translation>Die Arbeitsbereichsdatei ist beschädigt oder kein CareDesk-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The workspace could not be switched to crash-safe (WAL) mode.</source>
        <translation>Der Arbeitsbereich konnte nicht in den absturzsicheren Modus (WAL) versetzt werden.</translation>
    </message>
    <message>
        <source>The workspace could not be prepared.</source>
        <translation>Der Arbeitsbereich konnte nicht vorbereitet werden.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Storage::SchemaMigrator</name>
    <message>
        <source>The database is damaged or does not belong to CareDesk.</source>
        <translation>Die Datenbank ist beschädigt oder gehört nicht zu CareDesk.</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of CareDesk. Update CareDesk to open it; nothing was changed.</source>
        <translation>Diese Daten wurden mit einer neueren Version von CareDesk gespeichert. Aktualisieren Sie CareDesk, um sie zu öffnen; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The database could not be upgraded to this version of CareDesk.</source>
        <translation>Die Datenbank konnte nicht auf diese Version von CareDesk aktualisiert werden.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Storage::WorkspaceStore</name>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Diese Unterhaltung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>Dieser Kunde existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The workspace could not be read.</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The workspace could not be saved.</source>
        <translation>Der Arbeitsbereich konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Workspace::WorkspaceService</name>
    <message>
        <source>The workspace folder could not be created.</source>
        <translation>Der Ordner des Arbeitsbereichs konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Practice inbox</source>
        <translation>Übungs-Posteingang</translation>
    </message>
    <message>
        <source>The channel connector &quot;%1&quot; is not available.</source>
        <translation>Der Kanal-Connector „%1“ ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>caredesk</name>
    <message>
        <source>CareDesk: one inbox for social customer care.</source>
        <translation>CareDesk: ein Posteingang für den Kundenservice in sozialen Netzwerken.</translation>
    </message>
    <message>
        <source>Open the workspace in &lt;dir&gt; instead of the default one.</source>
        <translation>Den Arbeitsbereich in &lt;dir&gt; statt des Standardarbeitsbereichs öffnen.</translation>
    </message>
    <message>
        <source>Start, wait until the main window has loaded its data, save it as a PNG image to &lt;file&gt; and quit. Works without a display (QT_QPA_PLATFORM=offscreen).</source>
        <translation>Starten, warten, bis das Hauptfenster seine Daten geladen hat, es als PNG-Bild in &lt;file&gt; speichern und beenden. Funktioniert ohne Bildschirm (QT_QPA_PLATFORM=offscreen).</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x800).</source>
        <translation>Fenstergröße für --screenshot (Standard: 1280x800).</translation>
    </message>
    <message>
        <source>Load channel plugins from &lt;dir&gt;.</source>
        <translation>Kanal-Plugins aus &lt;dir&gt; laden.</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT between 320x240 and 8192x8192, such as 1280x800.</source>
        <translation>--size erfordert BREITExHÖHE zwischen 320x240 und 8192x8192, etwa 1280x800.</translation>
    </message>
    <message>
        <source>The screenshot could not be written to %1.</source>
        <translation>Der Screenshot konnte nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>The main window did not finish loading in time; no screenshot was taken.</source>
        <translation>Das Hauptfenster wurde nicht rechtzeitig fertig geladen; es wurde kein Screenshot erstellt.</translation>
    </message>
</context>
<context>
    <name>caredesk-server</name>
    <message>
        <source>CareDesk team server: shared queue, exclusive assignment and sync.</source>
        <translation>CareDesk-Teamserver: gemeinsame Warteschlange, exklusive Zuweisung und Synchronisierung.</translation>
    </message>
    <message>
        <source>Keep the server&apos;s SQLite database in &lt;dir&gt;.</source>
        <translation>Die SQLite-Datenbank des Servers in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <source>Use PostgreSQL at &lt;url&gt; (postgresql://user@host/db) instead of SQLite.</source>
        <translation>PostgreSQL unter &lt;url&gt; (postgresql://benutzer@host/db) statt SQLite verwenden.</translation>
    </message>
    <message>
        <source>Listen on &lt;address:port&gt; (default 127.0.0.1:8484).</source>
        <translation>Auf &lt;address:port&gt; lauschen (Standard: 127.0.0.1:8484).</translation>
    </message>
    <message>
        <source>--listen needs an address and port, such as 127.0.0.1:8484.</source>
        <translation>--listen erfordert eine Adresse und einen Port, etwa 127.0.0.1:8484.</translation>
    </message>
    <message>
        <source>CareDesk server listening on http://%1:%2/</source>
        <translation>CareDesk-Server lauscht auf http://%1:%2/</translation>
    </message>
</context>
<context>
    <name>caredesk_cli</name>
    <message>
        <source>there is no workspace in %1</source>
        <translation>in %1 gibt es keinen Arbeitsbereich</translation>
    </message>
    <message>
        <source>CareDesk command-line tool.

Commands:
  plugins   List channel plugins, their state and capabilities (JSON Lines).
  inbox     List a workspace&apos;s conversations in inbox order (JSON Lines).</source>
        <translation>CareDesk-Befehlszeilenwerkzeug.

Befehle:
  plugins   Kanal-Plugins mit Status und Fähigkeiten auflisten (JSON Lines).
  inbox     Unterhaltungen eines Arbeitsbereichs in Posteingangsreihenfolge auflisten (JSON Lines).</translation>
    </message>
    <message>
        <source>The workspace folder (inbox).</source>
        <translation>Der Ordner des Arbeitsbereichs (inbox).</translation>
    </message>
    <message>
        <source>Where to look for channel plugins (plugins).</source>
        <translation>Ordner, in dem nach Kanal-Plugins gesucht wird (plugins).</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; conversations (inbox; default 1000).</source>
        <translation>Höchstens &lt;n&gt; Unterhaltungen (inbox; Standard: 1000).</translation>
    </message>
    <message>
        <source>plugins or inbox</source>
        <translation>plugins oder inbox</translation>
    </message>
    <message>
        <source>name one command: plugins or inbox (see --help)</source>
        <translation>geben Sie genau einen Befehl an: plugins oder inbox (siehe --help)</translation>
    </message>
    <message>
        <source>inbox needs --workspace DIR</source>
        <translation>inbox erfordert --workspace DIR</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit erfordert eine positive Zahl</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe --help)</translation>
    </message>
</context>
</TS>
