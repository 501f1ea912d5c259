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
    <name>CareDesk::Channels::ChannelConfig</name>
    <message>
        <source>The channel configuration is not a JSON object.</source>
        <translation>Die Kanalkonfiguration ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The channel configuration names no plugin (&quot;plugin&quot;: &quot;twitter&quot;, for example).</source>
        <translation>Die Kanalkonfiguration nennt kein Plugin (zum Beispiel &quot;plugin&quot;: &quot;twitter&quot;).</translation>
    </message>
    <message>
        <source>&quot;credential&quot; must name a keychain entry or an environment variable.</source>
        <translation>&quot;credential&quot; muss einen Schlüsselbund-Eintrag oder eine Umgebungsvariable nennen.</translation>
    </message>
    <message>
        <source>The channel configuration holds a secret (&quot;%1&quot;). Keep it in the keychain and name the entry in &quot;credential&quot;.</source>
        <translation>Die Kanalkonfiguration enthält ein Geheimnis (&quot;%1&quot;). Bewahren Sie es im Schlüsselbund auf und nennen Sie den Eintrag unter &quot;credential&quot;.</translation>
    </message>
    <message>
        <source>The channel configuration %1 could not be read.</source>
        <translation>Die Kanalkonfiguration %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The environment variable %1 that should hold this channel&apos;s token is empty.</source>
        <translation>Die Umgebungsvariable %1, die das Token dieses Kanals enthalten sollte, ist leer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an https:// address: over plain http:// the channel&apos;s sign-in and token would cross the network unencrypted. Plain http:// is taken only on this machine (localhost, 127.0.0.1, ::1).</source>
        <translation>„%1“ muss eine https://-Adresse sein: Über unverschlüsseltes http:// gingen die Anmeldung und das Token des Kanals unverschlüsselt über das Netz. Unverschlüsseltes http:// wird nur auf diesem Rechner angenommen (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>The request to %1 was not sent: it could carry the channel&apos;s token across the network unencrypted. Only https:// is used (plain http:// only on this machine).</source>
        <translation>Die Anfrage an %1 wurde nicht gesendet: Sie könnte das Token des Kanals unverschlüsselt über das Netz tragen. Verwendet wird nur https:// (unverschlüsseltes http:// nur auf diesem Rechner).</translation>
    </message>
</context>
<context>
    <name>CareDesk::Channels::Facebook::FacebookPlugin</name>
    <message>
        <source>The channel has no Facebook Page id (&quot;accountId&quot;).</source>
        <translation>Der Kanal hat keine Facebook-Seiten-ID (&quot;accountId&quot;).</translation>
    </message>
    <message>
        <source>The channel has no Page token; connect the Page first.</source>
        <translation>Der Kanal hat kein Seiten-Token; verbinden Sie zuerst die Seite.</translation>
    </message>
    <message>
        <source>Messenger allows no reply more than 7 days after the customer&apos;s last message. Answer publicly or wait for the customer to write again.</source>
        <translation>Messenger erlaubt keine Antwort mehr als 7 Tage nach der letzten Nachricht des Kunden. Antworten Sie öffentlich oder warten Sie, bis der Kunde wieder schreibt.</translation>
    </message>
    <message>
        <source>Facebook sent an answer CareDesk could not read.</source>
        <translation>Facebook hat eine Antwort geschickt, die CareDesk nicht lesen konnte.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Channels::OAuthPkce</name>
    <message>
        <source>The platform could not be reached to complete the sign-in.</source>
        <translation>Die Plattform war nicht erreichbar, um die Anmeldung abzuschließen.</translation>
    </message>
    <message>
        <source>The platform did not accept the sign-in: %1</source>
        <translation>Die Plattform hat die Anmeldung nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>The channel configuration names no OAuth client id (&quot;oauth&quot;: {&quot;clientId&quot;: ...}).</source>
        <translation>Die Kanalkonfiguration nennt keine OAuth-Client-ID (&quot;oauth&quot;: {&quot;clientId&quot;: ...}).</translation>
    </message>
    <message>
        <source>No local address could be opened for the browser to come back to.</source>
        <translation>Es konnte keine lokale Adresse geöffnet werden, zu der der Browser zurückkehren kann.</translation>
    </message>
    <message>
        <source>CareDesk received the answer. You can close this tab.</source>
        <translation>CareDesk hat die Antwort erhalten. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>The sign-in was not completed on the platform (%1).</source>
        <translation>Die Anmeldung wurde auf der Plattform nicht abgeschlossen (%1).</translation>
    </message>
    <message>
        <source>The platform came back without an authorisation code.</source>
        <translation>Die Plattform kam ohne Autorisierungscode zurück.</translation>
    </message>
    <message>
        <source>The platform&apos;s sign-in address is not https://: the sign-in and its tokens would cross the network unencrypted.</source>
        <translation>Die Anmeldeadresse der Plattform ist nicht https://: Die Anmeldung und ihre Tokens gingen unverschlüsselt über das Netz.</translation>
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
    <message>
        <source>%1.on: must be public-reply, dm, any-reply or no-reply</source>
        <translation>%1.on: muss public-reply, dm, any-reply oder no-reply sein</translation>
    </message>
    <message>
        <source>%1.after: no event &quot;%2&quot;</source>
        <translation>%1.after: kein Ereignis &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1.wait: seconds without a reply are required</source>
        <translation>%1.wait: Sekunden ohne Antwort sind erforderlich</translation>
    </message>
    <message>
        <source>%1.replyTo: &quot;%2&quot; comes later than this event</source>
        <translation>%1.replyTo: &quot;%2&quot; kommt später als dieses Ereignis</translation>
    </message>
    <message>
        <source>%1.after: no-reply waits after a timeline event, not after a reaction</source>
        <translation>%1.after: no-reply wartet nach einem Ereignis der Zeitachse, nicht nach einer Reaktion</translation>
    </message>
    <message>
        <source>expectations: must be a list</source>
        <translation>expectations: muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1.expect: must be dm, public-reply, any-reply or resolved</source>
        <translation>%1.expect: muss dm, public-reply, any-reply oder resolved sein</translation>
    </message>
    <message>
        <source>%1.within: seconds, more than 0</source>
        <translation>%1.within: Sekunden, mehr als 0</translation>
    </message>
    <message>
        <source>%1.contains: must be a list of words</source>
        <translation>%1.contains: muss eine Liste von Wörtern sein</translation>
    </message>
    <message>
        <source>%1.contains[%2]: a word is required</source>
        <translation>%1.contains[%2]: Ein Wort ist erforderlich</translation>
    </message>
    <message>
        <source>%1.contains: only a reply can contain words, not a resolution</source>
        <translation>%1.contains: Nur eine Antwort kann Wörter enthalten, kein Abschluss</translation>
    </message>
    <message>
        <source>%1.at: whole seconds, at most ten years from the start</source>
        <translation>%1.at: ganze Sekunden, höchstens zehn Jahre vom Start entfernt</translation>
    </message>
    <message>
        <source>%1.%2: whole seconds, from 0 to ten years</source>
        <translation>%1.%2: ganze Sekunden, von 0 bis zehn Jahre</translation>
    </message>
    <message>
        <source>survey: must be &quot;csat&quot; or &quot;nps&quot;</source>
        <translation>survey: muss „csat“ oder „nps“ sein</translation>
    </message>
</context>
<context>
    <name>CareDesk::Channels::Twitter::TwitterPlugin</name>
    <message>
        <source>The channel has no X account id (&quot;accountId&quot;).</source>
        <translation>Der Kanal hat keine X-Konto-ID (&quot;accountId&quot;).</translation>
    </message>
    <message>
        <source>The channel has no X token; connect the account first.</source>
        <translation>Der Kanal hat kein X-Token; verbinden Sie zuerst das Konto.</translation>
    </message>
    <message>
        <source>X sent an answer CareDesk could not read.</source>
        <translation>X hat eine Antwort geschickt, die CareDesk nicht lesen konnte.</translation>
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
    <name>CareDesk::Crm::CrmConnection</name>
    <message>
        <source>The CRM plugin &quot;%1&quot; is not usable: %2</source>
        <translation>Das CRM-Plugin „%1“ ist nicht nutzbar: %2</translation>
    </message>
    <message>
        <source>There is no CRM plugin &quot;%1&quot; (see caredesk-cli plugins).</source>
        <translation>Es gibt kein CRM-Plugin „%1“ (siehe caredesk-cli plugins).</translation>
    </message>
    <message>
        <source>The CRM plugin &quot;%1&quot; made no connector.</source>
        <translation>Das CRM-Plugin „%1“ hat keine Verbindung erstellt.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Crm::CrmSettings</name>
    <message>
        <source>The CRM settings are not a JSON object.</source>
        <translation>Die CRM-Einstellungen sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>&quot;tierPoints&quot; must give points by tier: {&quot;gold&quot;: 20, &quot;*&quot;: 10}.</source>
        <translation>„tierPoints“ muss Punkte je Stufe angeben: {&quot;gold&quot;: 20, &quot;*&quot;: 10}.</translation>
    </message>
    <message>
        <source>The points for tier &quot;%1&quot; must be a whole number from 0 to %2.</source>
        <translation>Die Punkte für die Stufe „%1“ müssen eine ganze Zahl von 0 bis %2 sein.</translation>
    </message>
    <message>
        <source>&quot;cacheHours&quot; must be from 1 to 720.</source>
        <translation>„cacheHours“ muss zwischen 1 und 720 liegen.</translation>
    </message>
    <message>
        <source>The CRM settings %1 could not be read.</source>
        <translation>Die CRM-Einstellungen %1 konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Crm::CustomerFile</name>
    <message>
        <source>line %1: a customer needs an id</source>
        <translation>Zeile %1: ein Kunde braucht eine ID</translation>
    </message>
    <message>
        <source>line %1: the id &quot;%2&quot; is used twice</source>
        <translation>Zeile %1: die ID &quot;%2&quot; wird zweimal verwendet</translation>
    </message>
    <message>
        <source>line 1: the header names no &quot;id&quot; column</source>
        <translation>Zeile 1: die Kopfzeile nennt keine Spalte &quot;id&quot;</translation>
    </message>
    <message>
        <source>line %1: the value &quot;%2&quot; is not a number</source>
        <translation>Zeile %1: der Wert &quot;%2&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>line %1: not a JSON object (%2)</source>
        <translation>Zeile %1: kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <source>line %1: &quot;value&quot; must be a number</source>
        <translation>Zeile %1: &quot;value&quot; muss eine Zahl sein</translation>
    </message>
    <message>
        <source>The customer file %1 could not be read.</source>
        <translation>Die Kundendatei %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The customer file %1 is too large (at most 256 MB).</source>
        <translation>Die Kundendatei %1 ist zu groß (höchstens 256 MB).</translation>
    </message>
</context>
<context>
    <name>CareDesk::Desktop::DesktopApp</name>
    <message>
        <source>%1: connected</source>
        <translation>%1: verbunden</translation>
    </message>
    <message>
        <source>%1: not answering</source>
        <translation>%1: antwortet nicht</translation>
    </message>
</context>
<context>
    <name>CareDesk::Escalations::EscalationSettings</name>
    <message>
        <source>The rule &quot;%1&quot; must say &quot;then&quot;: &quot;escalate&quot; or &quot;flag&quot;.</source>
        <translation>Die Regel „%1“ muss &quot;then&quot;: &quot;escalate&quot; oder &quot;flag&quot; angeben.</translation>
    </message>
    <message>
        <source>Reach above the escalation limit: %1 followers</source>
        <translation>Reichweite über der Eskalationsgrenze: %1 Follower</translation>
    </message>
    <message>
        <source>Verified account</source>
        <translation>Verifiziertes Konto</translation>
    </message>
    <message>
        <source>Words from the escalation list: “%1”</source>
        <translation>Wörter aus der Eskalationsliste: „%1“</translation>
    </message>
    <message>
        <source>Repeated contact: %1 messages within a day</source>
        <translation>Wiederholter Kontakt: %1 Nachrichten innerhalb eines Tages</translation>
    </message>
    <message>
        <source>The reply is overdue</source>
        <translation>Die Antwort ist überfällig</translation>
    </message>
    <message>
        <source>Detractor&apos;s survey answer: %1</source>
        <translation>Umfrageantwort eines Kritikers: %1</translation>
    </message>
    <message>
        <source>Legal threat</source>
        <translation>Rechtliche Drohung</translation>
    </message>
    <message>
        <source>Press or public figure</source>
        <translation>Presse oder Person des öffentlichen Lebens</translation>
    </message>
    <message>
        <source>Refund or goodwill above my limit</source>
        <translation>Erstattung oder Kulanz über meinem Limit</translation>
    </message>
    <message>
        <source>Safety or security issue</source>
        <translation>Sicherheitsproblem</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>The escalation settings are not a JSON object.</source>
        <translation>Die Eskalationseinstellungen sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>An escalation needs at least one reason to choose from.</source>
        <translation>Für eine Eskalation muss mindestens ein Grund zur Auswahl stehen.</translation>
    </message>
    <message>
        <source>A rule&apos;s &quot;count&quot; must be a positive whole number.</source>
        <translation>Der Wert &quot;count&quot; einer Regel muss eine positive ganze Zahl sein.</translation>
    </message>
    <message>
        <source>The escalation settings could not be read; the defaults are used.</source>
        <translation>Die Eskalationseinstellungen konnten nicht gelesen werden; die Standardwerte werden verwendet.</translation>
    </message>
    <message>
        <source>The escalation settings have a problem; the defaults are used.</source>
        <translation>Die Eskalationseinstellungen sind fehlerhaft; die Standardwerte werden verwendet.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::BarChart</name>
    <message>
        <source>Nothing in this period</source>
        <translation>Nichts in diesem Zeitraum</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::CannedPicker</name>
    <message>
        <source>Insert canned response</source>
        <translation>Textbaustein einfügen</translation>
    </message>
    <message>
        <source>Search canned responses</source>
        <translation>Textbausteine durchsuchen</translation>
    </message>
    <message>
        <source>Search by title, text or shortcut</source>
        <translation>Nach Titel, Text oder Kürzel suchen</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Text to insert</source>
        <translation>Einzufügender Text</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfügen</translation>
    </message>
    <message>
        <source>In %1:</source>
        <translation>Auf %1:</translation>
    </message>
    <message>
        <source>%1   %2</source>
        <translation>%1   %2</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::CannedTranslationDialog</name>
    <message>
        <source>Translated canned response</source>
        <translation>Übersetzter Textbaustein</translation>
    </message>
    <message>
        <source>%1, as written:</source>
        <translation>%1, wie geschrieben:</translation>
    </message>
    <message>
        <source>Machine translation into %1 (%2). Check it and edit it before you keep it; the {variables} stay as written:</source>
        <translation>Maschinelle Übersetzung ins %1 (%2). Prüfen und bearbeiten Sie sie, bevor Sie sie übernehmen; die {Variablen} bleiben, wie sie sind:</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>Back into %1: %2</source>
        <translation>Zurück ins %1: %2</translation>
    </message>
    <message>
        <source>Add as %1</source>
        <translation>Als %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::Composer</name>
    <message>
        <source>Fill in &quot;%1&quot;</source>
        <translation>„%1“ ausfüllen</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Öffentliche Antwort</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Private Nachricht</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>Write a reply. Type / for canned responses.</source>
        <translation>Antwort schreiben. / öffnet die Textbausteine.</translation>
    </message>
    <message>
        <source>Canned…</source>
        <translation>Textbaustein…</translation>
    </message>
    <message>
        <source>Insert a canned response (type / in the reply)</source>
        <translation>Textbaustein einfügen (/ in der Antwort tippen)</translation>
    </message>
    <message>
        <source>Continue privately…</source>
        <translation>Privat weiter…</translation>
    </message>
    <message>
        <source>Reply publicly and open a private conversation in one step</source>
        <translation>Öffentlich antworten und in einem Schritt privat weiterschreiben</translation>
    </message>
    <message>
        <source>Send as private message instead</source>
        <translation>Stattdessen als private Nachricht senden</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Everyone can see this reply to %1 on %2.</source>
        <translation>Alle sehen diese Antwort an %1 auf %2.</translation>
    </message>
    <message>
        <source>Only %1 sees this private message.</source>
        <translation>Nur %1 sieht diese private Nachricht.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Personal data in a public reply: %1. Continue in a private message instead.</source>
        <translation>Persönliche Daten in einer öffentlichen Antwort: %1. Bitte privat weiterschreiben.</translation>
    </message>
    <message>
        <source>Too long for %1: %2 of %3.</source>
        <translation>Zu lang für %1: %2 von %3.</translation>
    </message>
    <message>
        <source>Fill in: %1.</source>
        <translation>Noch ausfüllen: %1.</translation>
    </message>
    <message>
        <source>The customer writes in %1; this reply looks like %2.</source>
        <translation>Die Kundin oder der Kunde schreibt auf %1; diese Antwort sieht nach %2 aus.</translation>
    </message>
    <message>
        <source>This is the canned text unchanged. Make it personal before sending.</source>
        <translation>Das ist der unveränderte Textbaustein. Vor dem Senden bitte persönlich anpassen.</translation>
    </message>
    <message>
        <source>Send publicly</source>
        <translation>Öffentlich senden</translation>
    </message>
    <message>
        <source>Send privately</source>
        <translation>Privat senden</translation>
    </message>
    <message>
        <source>The channel signs public replies; change it in Settings › Channels</source>
        <translation>Der Kanal unterschreibt öffentliche Antworten; ändern Sie das unter Einstellungen › Kanäle</translation>
    </message>
    <message>
        <source>Signed %1</source>
        <translation>Unterschrieben mit %1</translation>
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
        <source>not answered yet</source>
        <translation>noch nicht beantwortet</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Übergeben…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Notiz…</translation>
    </message>
    <message>
        <source>Add an internal note; the customer never sees it</source>
        <translation>Interne Notiz hinzufügen; die Kundschaft sieht sie nie</translation>
    </message>
    <message>
        <source>%1 typing…</source>
        <translation>%1 schreibt…</translation>
    </message>
    <message>
        <source>Also viewing: %1</source>
        <translation>Ebenfalls hier: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4</source>
        <translation>%1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source> · reply due %1</source>
        <translation> · Antwort fällig %1</translation>
    </message>
    <message>
        <source>Private message sent %1; %2 has not answered yet.</source>
        <translation>Private Nachricht gesendet %1; %2 hat noch nicht geantwortet.</translation>
    </message>
    <message>
        <source>Internal note · %1 · %2</source>
        <translation>Interne Notiz · %1 · %2</translation>
    </message>
    <message>
        <source>Mark answered</source>
        <translation>Als beantwortet markieren</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Return this conversation to the queue</source>
        <translation>Diese Unterhaltung zurück in die Warteschlange geben</translation>
    </message>
    <message>
        <source>Make this conversation yours</source>
        <translation>Diese Unterhaltung übernehmen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>In the queue: nobody has this conversation yet.</source>
        <translation>In der Warteschlange: Niemand hat diese Unterhaltung bisher.</translation>
    </message>
    <message>
        <source>Yours.</source>
        <translation>Deine.</translation>
    </message>
    <message>
        <source>%1 has this conversation.</source>
        <translation>%1 hat diese Unterhaltung.</translation>
    </message>
    <message>
        <source>Transfer conversation</source>
        <translation>Unterhaltung übergeben</translation>
    </message>
    <message>
        <source>Give this conversation to:</source>
        <translation>Diese Unterhaltung übergeben an:</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Interne Notiz</translation>
    </message>
    <message>
        <source>Only your team sees this note:</source>
        <translation>Nur dein Team sieht diese Notiz:</translation>
    </message>
    <message>
        <source>Priority %1</source>
        <translation>Priorität %1</translation>
    </message>
    <message>
        <source>Priority %1: %2</source>
        <translation>Priorität %1: %2</translation>
    </message>
    <message>
        <source>Translating from %1…</source>
        <translation>Wird aus dem %1 übersetzt…</translation>
    </message>
    <message>
        <source>Not translated: %1</source>
        <translation>Nicht übersetzt: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>Sent machine-translated (%1); the agent wrote in %2:</source>
        <translation>Maschinell übersetzt gesendet (%1); geschrieben auf %2:</translation>
    </message>
    <message>
        <source>Machine translation from %1 (%2):</source>
        <translation>Maschinelle Übersetzung aus dem %1 (%2):</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::CrmCard</name>
    <message>
        <source>matched by the team server</source>
        <translation>vom Teamserver zugeordnet</translation>
    </message>
    <message>
        <source>%1, matched by the team server</source>
        <translation>%1, vom Teamserver zugeordnet</translation>
    </message>
    <message>
        <source>found by their handle</source>
        <translation>über das Handle gefunden</translation>
    </message>
    <message>
        <source>found by the e-mail address they gave</source>
        <translation>über die angegebene E-Mail-Adresse gefunden</translation>
    </message>
    <message>
        <source>found by the phone number they gave</source>
        <translation>über die angegebene Telefonnummer gefunden</translation>
    </message>
    <message>
        <source>chosen by hand</source>
        <translation>von Hand gewählt</translation>
    </message>
    <message>
        <source>Linked by %1, %2</source>
        <translation>Verknüpft von %1, %2</translation>
    </message>
    <message>
        <source>Linked automatically, %1</source>
        <translation>Automatisch verknüpft, %1</translation>
    </message>
    <message>
        <source>Customer file</source>
        <translation>Kundendatei</translation>
    </message>
    <message>
        <source>In the CRM</source>
        <translation>Im CRM</translation>
    </message>
    <message>
        <source>Open cases in the CRM</source>
        <translation>Offene Fälle im CRM</translation>
    </message>
    <message>
        <source>Open in CRM</source>
        <translation>Im CRM öffnen</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>This is not them: take the link away. It is not made again.</source>
        <translation>Das ist jemand anderes: die Verknüpfung lösen. Sie wird nicht wieder hergestellt.</translation>
    </message>
    <message>
        <source>Find in CRM…</source>
        <translation>Im CRM suchen…</translation>
    </message>
    <message>
        <source>No customer</source>
        <translation>Kein Kunde</translation>
    </message>
    <message>
        <source>Not matched to a customer record.</source>
        <translation>Keinem Kundendatensatz zugeordnet.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Plan or tier: %1</source>
        <translation>Tarif oder Stufe: %1</translation>
    </message>
    <message>
        <source>Lifetime value: %1</source>
        <translation>Kundenwert: %1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Zuständig: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Not them</source>
        <translation>Nicht diese Person</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>They gave %1 in a private message: %2 in %3?</source>
        <translation>In einer privaten Nachricht angegeben: %1. Ist das %2 in %3?</translation>
    </message>
    <message>
        <source>the same CRM record</source>
        <translation>derselbe CRM-Datensatz</translation>
    </message>
    <message>
        <source>the same e-mail address</source>
        <translation>dieselbe E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the same phone number</source>
        <translation>dieselbe Telefonnummer</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>One customer: their conversations and accounts together. Can be undone.</source>
        <translation>Ein Kunde: Unterhaltungen und Konten zusammen. Lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <source>Likely the same person: %1 on %2 (%3)</source>
        <translation>Wahrscheinlich dieselbe Person: %1 auf %2 (%3)</translation>
    </message>
    <message>
        <source>Undo merge</source>
        <translation>Zusammenführen rückgängig</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Merged in by %1: %2</source>
        <translation>Zusammengeführt von %1: %2</translation>
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
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The team&apos;s notes on this customer</source>
        <translation>Die Notizen des Teams zu dieser Person</translation>
    </message>
    <message>
        <source>@%1 · %2 · %3</source>
        <translation>@%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Noch keine Notizen.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::DashboardView</name>
    <message>
        <source>median %1 · 90 % within %2</source>
        <translation>Median %1 · 90 % innerhalb von %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Konversationen</translation>
    </message>
    <message>
        <source>SLA attainment</source>
        <translation>SLA-Erfüllung</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Antwortquote</translation>
    </message>
    <message>
        <source>First response (median)</source>
        <translation>Erste Antwort (Median)</translation>
    </message>
    <message>
        <source>Backlog now</source>
        <translation>Aktueller Rückstand</translation>
    </message>
    <message>
        <source>Volume by channel</source>
        <translation>Volumen nach Kanal</translation>
    </message>
    <message>
        <source>Volume by category</source>
        <translation>Volumen nach Kategorie</translation>
    </message>
    <message>
        <source>Volume by language</source>
        <translation>Volumen nach Sprache</translation>
    </message>
    <message>
        <source>Time to first response</source>
        <translation>Zeit bis zur ersten Antwort</translation>
    </message>
    <message>
        <source>Time to resolution</source>
        <translation>Zeit bis zur Lösung</translation>
    </message>
    <message>
        <source>Backlog by age</source>
        <translation>Rückstand nach Alter</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <source>SLA kept</source>
        <translation>SLA eingehalten</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Canned response</source>
        <translation>Textbaustein</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>Verwendungen</translation>
    </message>
    <message>
        <source>Sent unchanged</source>
        <translation>Unverändert gesendet</translation>
    </message>
    <message>
        <source>Look again?</source>
        <translation>Nochmals prüfen?</translation>
    </message>
    <message>
        <source>QA by week</source>
        <translation>QA nach Woche</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <source>Export dashboard</source>
        <translation>Dashboard exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>Die Datei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>Kennzahlen exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 messages · %2 replies</source>
        <translation>%1 Nachrichten · %2 Antworten</translation>
    </message>
    <message>
        <source>%1 kept · %2 breached</source>
        <translation>%1 eingehalten · %2 verletzt</translation>
    </message>
    <message>
        <source>%1 of %2 messages answered</source>
        <translation>%1 von %2 Nachrichten beantwortet</translation>
    </message>
    <message>
        <source>90 % within %1</source>
        <translation>90 % innerhalb von %1</translation>
    </message>
    <message>
        <source>%1 waiting over a day</source>
        <translation>%1 seit über einem Tag wartend</translation>
    </message>
    <message>
        <source>Always sent as it is: could it be more personal?</source>
        <translation>Immer unverändert gesendet: Könnte er persönlicher sein?</translation>
    </message>
    <message>
        <source>Rewritten %1 % on average: the wording does not fit</source>
        <translation>Im Durchschnitt zu %1 % umgeschrieben: Die Formulierung passt nicht</translation>
    </message>
    <message>
        <source>No conversations from %1 to %2.</source>
        <translation>Keine Unterhaltungen vom %1 bis %2.</translation>
    </message>
    <message>
        <source>No conversations today.</source>
        <translation>Heute keine Unterhaltungen.</translation>
    </message>
    <message numerus="yes">
        <source>No conversations in the last %n day(s).</source>
        <translation>
            <numerusform>Keine Unterhaltungen am letzten Tag.</numerusform>
            <numerusform>Keine Unterhaltungen in den letzten %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalations by reason</source>
        <translation>Eskalationen nach Grund</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message numerus="yes">
        <source>%n escalated, none taken yet</source>
        <translation>
            <numerusform>%n eskaliert, noch keine übernommen</numerusform>
            <numerusform>%n eskaliert, noch keine übernommen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 escalated · %2 taken · median %3 to take</source>
        <translation>%1 eskaliert · %2 übernommen · Median %3 bis zur Übernahme</translation>
    </message>
    <message>
        <source>Reposts</source>
        <translation>Reposts</translation>
    </message>
    <message>
        <source>Quote posts</source>
        <translation>Zitat-Posts</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Praise shared</source>
        <translation>Geteiltes Lob</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::EscalateDialog</name>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Escalate to</source>
        <translation>Eskalieren an</translation>
    </message>
    <message>
        <source>The team&apos;s leads</source>
        <translation>Die Teamleitung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Note for whoever takes it</source>
        <translation>Notiz für die Person, die übernimmt</translation>
    </message>
    <message>
        <source>What has been done, and what the customer needs</source>
        <translation>Was schon getan wurde und was der Kunde braucht</translation>
    </message>
    <message>
        <source>Escalate &amp;to:</source>
        <translation>Eskalieren &amp;an:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>The conversation stays with you and is marked escalated until someone takes it.</source>
        <translation>Die Konversation bleibt bei Ihnen und ist als eskaliert markiert, bis jemand sie übernimmt.</translation>
    </message>
    <message>
        <source>The conversation goes back to the queue, marked escalated, until someone takes it.</source>
        <translation>Die Konversation geht als eskaliert markiert zurück in die Warteschlange, bis jemand sie übernimmt.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::FindInCrmDialog</name>
    <message>
        <source>Find in CRM</source>
        <translation>Im CRM suchen</translation>
    </message>
    <message>
        <source>Search by name, company, e-mail address, phone number or handle, then link the customer to their record.</source>
        <translation>Nach Name, Firma, E-Mail-Adresse, Telefonnummer oder Handle suchen und den Kunden mit seinem Datensatz verknüpfen.</translation>
    </message>
    <message>
        <source>Search the CRM for</source>
        <translation>Im CRM suchen nach</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Records found</source>
        <translation>Gefundene Datensätze</translation>
    </message>
    <message>
        <source>Link to this customer</source>
        <translation>Mit diesem Kunden verknüpfen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Nobody found. Try a name, an e-mail address or a phone number.</source>
        <translation>Niemand gefunden. Versuchen Sie einen Namen, eine E-Mail-Adresse oder eine Telefonnummer.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) found.</source>
        <translation>
            <numerusform>%n Datensatz gefunden.</numerusform>
            <numerusform>%n Datensätze gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::HandoffDialog</name>
    <message>
        <source>Continue in private messages</source>
        <translation>Privat weiterschreiben</translation>
    </message>
    <message>
        <source>Both parts are sent together. When %1 answers privately, the answer joins this conversation.</source>
        <translation>Beide Teile werden zusammen gesendet. Antwortet %1 privat, kommt die Antwort in diese Unterhaltung.</translation>
    </message>
    <message>
        <source>Public reply (everyone can see it):</source>
        <translation>Öffentliche Antwort (für alle sichtbar):</translation>
    </message>
    <message>
        <source>Public acknowledgement</source>
        <translation>Öffentliche Bestätigung</translation>
    </message>
    <message>
        <source>Private message (only %1 sees it):</source>
        <translation>Private Nachricht (nur %1 sieht sie):</translation>
    </message>
    <message>
        <source>Private opener</source>
        <translation>Private Eröffnung</translation>
    </message>
    <message>
        <source>Send both</source>
        <translation>Beides senden</translation>
    </message>
    <message>
        <source>Write both parts.</source>
        <translation>Beide Teile schreiben.</translation>
    </message>
    <message>
        <source>The public reply contains personal data (%1); move it to the private message.</source>
        <translation>Die öffentliche Antwort enthält persönliche Daten (%1); bitte in die private Nachricht verschieben.</translation>
    </message>
    <message>
        <source>The public reply is too long: %1 of %2.</source>
        <translation>Die öffentliche Antwort ist zu lang: %1 von %2.</translation>
    </message>
    <message>
        <source>The private message is too long: %1 of %2.</source>
        <translation>Die private Nachricht ist zu lang: %1 von %2.</translation>
    </message>
    <message>
        <source>Fill in: %1.</source>
        <translation>Noch ausfüllen: %1.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::HistoryOffer</name>
    <message>
        <source>Show that period</source>
        <translation>Diesen Zeitraum zeigen</translation>
    </message>
    <message>
        <source>The workspace holds conversations from %1 to %2.</source>
        <translation>Der Arbeitsbereich enthält Unterhaltungen vom %1 bis %2.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::InboxModel</name>
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
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Spr.</translation>
    </message>
    <message>
        <source>%1%2 · %3</source>
        <translation>%1%2 · %3</translation>
    </message>
    <message>
        <source>[Draft] %1</source>
        <translation>[Entwurf] %1</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Priority %1 · %2</source>
        <translation>Priorität %1 · %2</translation>
    </message>
    <message>
        <source>%1 · private messages</source>
        <translation>%1 · private Nachrichten</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Channel: an open ring is public, a dot is private</source>
        <translation>Kanal: offener Ring öffentlich, Punkt privat</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>[Waiting in private] %1</source>
        <translation>[Wartet privat] %1</translation>
    </message>
    <message>
        <source>[Escalated] %1</source>
        <translation>[Eskaliert] %1</translation>
    </message>
    <message>
        <source>[Flagged] %1</source>
        <translation>[Markiert] %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::InboxPanel</name>
    <message>
        <source>Inbox views</source>
        <translation>Posteingangsansichten</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Unresolved</source>
        <translation>Offen</translation>
    </message>
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
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Kanalfilter</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Kategoriefilter</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Language filter</source>
        <translation>Sprachfilter</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>Meine (%1)</translation>
    </message>
    <message>
        <source>Unassigned (%1)</source>
        <translation>Nicht zugewiesen (%1)</translation>
    </message>
    <message>
        <source>All (%1)</source>
        <translation>Alle (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Search messages and customers</source>
        <translation>Nachrichten und Kundschaft durchsuchen</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Kritiker</translation>
    </message>
    <message>
        <source>Customers who answered the satisfaction survey unhappily, until their conversation is resolved again</source>
        <translation>Kunden, die die Zufriedenheitsumfrage unzufrieden beantwortet haben, bis ihre Konversation wieder gelöst ist</translation>
    </message>
    <message>
        <source>Escalations</source>
        <translation>Eskalationen</translation>
    </message>
    <message>
        <source>Cases handed up by an agent or a rule, until someone takes them</source>
        <translation>Von einem Agenten oder einer Regel weitergegebene Fälle, bis jemand sie übernimmt</translation>
    </message>
    <message>
        <source>Detractors (%1)</source>
        <translation>Kritiker (%1)</translation>
    </message>
    <message>
        <source>Escalations (%1)</source>
        <translation>Eskalationen (%1)</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::LanguageToolsPage</name>
    <message>
        <source>In a team, the lead&apos;s choice is the team&apos;s: it reaches every desk when it comes online. Each desk keeps the service&apos;s key in its own keychain.</source>
        <translation>Im Team gilt die Wahl der Teamleitung für das ganze Team: Sie erreicht jeden Arbeitsplatz, sobald er online ist. Jeder Arbeitsplatz bewahrt den Schlüssel des Dienstes im eigenen Schlüsselbund auf.</translation>
    </message>
    <message>
        <source>Languages you read</source>
        <translation>Sprachen, die Sie lesen</translation>
    </message>
    <message>
        <source>Language codes, yours first, e.g. en, es. Customers&apos; messages in other languages are shown with a translation into the first.</source>
        <translation>Sprachcodes, Ihre eigene zuerst, z. B. de, en. Nachrichten von Kunden in anderen Sprachen werden mit einer Übersetzung in die erste angezeigt.</translation>
    </message>
    <message>
        <source>Languages you read:</source>
        <translation>Sprachen, die Sie lesen:</translation>
    </message>
    <message>
        <source>Machine translation (this workspace)</source>
        <translation>Maschinelle Übersetzung (dieser Arbeitsbereich)</translation>
    </message>
    <message>
        <source>Apertium, on this computer</source>
        <translation>Apertium, auf diesem Computer</translation>
    </message>
    <message>
        <source>LibreTranslate, on your team&apos;s server</source>
        <translation>LibreTranslate, auf dem Server Ihres Teams</translation>
    </message>
    <message>
        <source>DeepL, in the cloud</source>
        <translation>DeepL, in der Cloud</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Translate with:</source>
        <translation>Übersetzen mit:</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>Serveradresse:</translation>
    </message>
    <message>
        <source>Kept in the keychain; leave empty to keep the stored key</source>
        <translation>Im Schlüsselbund gespeichert; leer lassen, um den gespeicherten Schlüssel zu behalten</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>Spelling dictionaries on this computer</source>
        <translation>Rechtschreibwörterbücher auf diesem Computer</translation>
    </message>
    <message>
        <source>%1: no dictionary; drafts in it are not checked (install %2).</source>
        <translation>%1: kein Wörterbuch; Entwürfe in dieser Sprache werden nicht geprüft (installieren Sie %2).</translation>
    </message>
    <message>
        <source>a hunspell dictionary</source>
        <translation>ein Hunspell-Wörterbuch</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Working.</source>
        <translation>Funktioniert.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::MainWindow</name>
    <message>
        <source>CareDesk</source>
        <translation>CareDesk</translation>
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
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Meine</translation>
    </message>
    <message>
        <source>&amp;Unassigned</source>
        <translation>&amp;Nicht zugewiesen</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Unterhaltung</translation>
    </message>
    <message>
        <source>&amp;Reply publicly</source>
        <translation>Öffentlich &amp;antworten</translation>
    </message>
    <message>
        <source>Reply &amp;privately</source>
        <translation>&amp;Privat antworten</translation>
    </message>
    <message>
        <source>Continue in private &amp;messages…</source>
        <translation>In privaten &amp;Nachrichten weiter…</translation>
    </message>
    <message>
        <source>Insert &amp;canned response…</source>
        <translation>&amp;Textbaustein einfügen…</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>&amp;Undo send</source>
        <translation>Senden &amp;rückgängig</translation>
    </message>
    <message>
        <source>C&amp;laim or release</source>
        <translation>Über&amp;nehmen oder freigeben</translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation>Ü&amp;bergeben…</translation>
    </message>
    <message>
        <source>R&amp;esolve or reopen</source>
        <translation>&amp;Erledigen oder wieder öffnen</translation>
    </message>
    <message>
        <source>Internal &amp;note…</source>
        <translation>Interne &amp;Notiz…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>New conversations</source>
        <translation>Neue Unterhaltungen</translation>
    </message>
    <message numerus="yes">
        <source>%n new conversation(s) in the inbox.</source>
        <translation>
            <numerusform>%n neue Unterhaltung im Posteingang.</numerusform>
            <numerusform>%n neue Unterhaltungen im Posteingang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Dir zugewiesen</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) newly assigned to you.</source>
        <translation>
            <numerusform>%n Unterhaltung neu dir zugewiesen.</numerusform>
            <numerusform>%n Unterhaltungen neu dir zugewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply taken back; it is in the composer again.</source>
        <translation>Antwort zurückgeholt; sie steht wieder im Editor.</translation>
    </message>
    <message>
        <source>Signed in to the team as %1.</source>
        <translation>Im Team angemeldet als %1.</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Finish signing in to %1 in your browser. If no browser opened, open this address: %2</source>
        <translation>Schließe die Anmeldung bei %1 im Browser ab. Falls sich kein Browser geöffnet hat, öffne diese Adresse: %2</translation>
    </message>
    <message>
        <source>Finish signing in to %1 in your browser.</source>
        <translation>Schließe die Anmeldung bei %1 im Browser ab.</translation>
    </message>
    <message>
        <source>%1 is connected.</source>
        <translation>%1 ist verbunden.</translation>
    </message>
    <message>
        <source>Mark open messages &amp;answered</source>
        <translation>Offene Nachrichten als &amp;beantwortet markieren</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>&amp;Review transcripts</source>
        <translation>Transkripte &amp;bewerten</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;Queue control</source>
        <translation>&amp;Warteschlangensteuerung</translation>
    </message>
    <message>
        <source>My &amp;QA reviews…</source>
        <translation>Meine &amp;QA-Bewertungen…</translation>
    </message>
    <message>
        <source>Show or hide trans&amp;lations</source>
        <translation>Übersetzungen ein- oder aus&amp;blenden</translation>
    </message>
    <message>
        <source>Escalate…</source>
        <translation>Eskalieren…</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::Notifier</name>
    <message>
        <source>CareDesk</source>
        <translation>CareDesk</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::OutboxStatus</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Channel health: open Settings › Channels</source>
        <translation>Kanalzustand: Einstellungen › Kanäle öffnen</translation>
    </message>
    <message>
        <source>Sending both in %1 s</source>
        <translation>Beides wird in %1 s gesendet</translation>
    </message>
    <message>
        <source>Sending in %1 s</source>
        <translation>Wird in %1 s gesendet</translation>
    </message>
    <message>
        <source>Outbox empty</source>
        <translation>Postausgang leer</translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) waiting to send</source>
        <translation>
            <numerusform>%n Antwort wartet auf Versand</numerusform>
            <numerusform>%n Antworten warten auf Versand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(s) failed</source>
        <translation>
            <numerusform>%n Antwort fehlgeschlagen</numerusform>
            <numerusform>%n Antworten fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n waiting</source>
        <translation>
            <numerusform> · %n wartet</numerusform>
            <numerusform> · %n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>No live channels</source>
        <translation>Keine aktiven Kanäle</translation>
    </message>
    <message numerus="yes">
        <source>%n channel(s) OK</source>
        <translation>
            <numerusform>%n Kanal OK</numerusform>
            <numerusform>%n Kanäle OK</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Braucht Aufmerksamkeit: %1</translation>
    </message>
    <message>
        <source>Take the reply back before it goes</source>
        <translation>Die Antwort zurückholen, bevor sie gesendet wird</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::OwnReviewsDialog</name>
    <message>
        <source>Reviews of your work</source>
        <translation>Bewertungen Ihrer Arbeit</translation>
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation>Noch keine Bewertungen.</translation>
    </message>
    <message>
        <source>Conversation %1 · %2 · %3</source>
        <translation>Konversation %1 · %2 · %3</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Reviewed by %1</source>
        <translation>Bewertet von %1</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>trifft nicht zu</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>My QA reviews</source>
        <translation>Meine QA-Bewertungen</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::PresenceSelector</name>
    <message>
        <source>Your presence</source>
        <translation>Ihre Anwesenheit</translation>
    </message>
    <message>
        <source>Away takes no new conversations. With a shift roster this holds until your shift next starts or ends.</source>
        <translation>„Abwesend“ nimmt keine neuen Unterhaltungen an. Mit einem Schichtplan gilt das, bis Ihre Schicht das nächste Mal beginnt oder endet.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
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
    <message>
        <source>%1k</source>
        <translation>%1k</translation>
    </message>
    <message>
        <source>%1M</source>
        <translation>%1 Mio.</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Pre-sales</source>
        <translation>Vorverkauf</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Lob</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a day as QLocale writes it (d day, MMM month name, yyyy year)</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>The satisfaction survey could not be sent.</source>
        <translation>Die Zufriedenheitsumfrage konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <source>Satisfaction survey sent %1; no answer yet.</source>
        <translation>Zufriedenheitsumfrage gesendet am %1; noch keine Antwort.</translation>
    </message>
    <message>
        <source>The customer&apos;s reply to the satisfaction survey held no score.</source>
        <translation>Die Antwort des Kunden auf die Zufriedenheitsumfrage enthielt keine Bewertung.</translation>
    </message>
    <message>
        <source>Detractor, to follow up: scored %1 of %2 on %3</source>
        <translation>Kritiker, nachfassen: %1 von %2 am %3</translation>
    </message>
    <message>
        <source>Detractor: scored %1 of %2 on %3</source>
        <translation>Kritiker: %1 von %2 am %3</translation>
    </message>
    <message>
        <source>Survey answer: %1 of %2 on %3</source>
        <translation>Umfrageantwort: %1 von %2 am %3</translation>
    </message>
    <message>
        <source> — “%1”</source>
        <translation> — „%1“</translation>
    </message>
    <message>
        <source>the team&apos;s leads</source>
        <translation>die Teamleitung</translation>
    </message>
    <message>
        <source>Flagged by a rule %1: %2</source>
        <translation>Von einer Regel markiert am %1: %2</translation>
    </message>
    <message>
        <source>Escalated to %1 by a rule %2: %3</source>
        <translation>Von einer Regel an %1 eskaliert am %2: %3</translation>
    </message>
    <message>
        <source>Escalated to %1 by %2 %3: %4</source>
        <translation>An %1 eskaliert von %2 am %3: %4</translation>
    </message>
    <message>
        <source> · taken by %1</source>
        <translation> · übernommen von %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::QueueView</name>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>Open / capacity</source>
        <translation>Offen / Kapazität</translation>
    </message>
    <message>
        <source>Waiting longest</source>
        <translation>Am längsten wartend</translation>
    </message>
    <message>
        <source>Conversations waiting longest</source>
        <translation>Am längsten wartende Konversationen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Give to</source>
        <translation>Zuweisen an</translation>
    </message>
    <message>
        <source>Give to this agent</source>
        <translation>Diesem Agenten zuweisen</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>Zurück in die Warteschlange</translation>
    </message>
    <message>
        <source>Selected conversation:</source>
        <translation>Ausgewählte Konversation:</translation>
    </message>
    <message>
        <source>Routing and SLA</source>
        <translation>Routing und SLA</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Least loaded agent first</source>
        <translation>Am wenigsten ausgelasteter Agent zuerst</translation>
    </message>
    <message>
        <source>Round robin</source>
        <translation>Reihum</translation>
    </message>
    <message>
        <source>Manual: agents take conversations</source>
        <translation>Manuell: Agenten übernehmen Konversationen selbst</translation>
    </message>
    <message>
        <source>Routing:</source>
        <translation>Routing:</translation>
    </message>
    <message>
        <source>First answer within</source>
        <translation>Erste Antwort innerhalb von</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>First answer within:</source>
        <translation>Erste Antwort innerhalb von:</translation>
    </message>
    <message>
        <source>Count only business hours</source>
        <translation>Nur Geschäftszeiten zählen</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>%1 opens</source>
        <translation>%1: Öffnungszeit</translation>
    </message>
    <message>
        <source>%1 closes</source>
        <translation>%1: Schließzeit</translation>
    </message>
    <message>
        <source>Opening hours:</source>
        <translation>Öffnungszeiten:</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Feiertage</translation>
    </message>
    <message>
        <source>Holidays:</source>
        <translation>Feiertage:</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Feiertag</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>Regeln speichern</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>verletzt</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>bald fällig</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>im Zeitplan</translation>
    </message>
    <message>
        <source>(queue)</source>
        <translation>(Warteschlange)</translation>
    </message>
    <message>
        <source>Routing hands out a team&apos;s conversations; sign in to a team server to set it.</source>
        <translation>Das Routing verteilt die Konversationen eines Teams; melden Sie sich an einem Teamserver an, um es einzurichten.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::ReplyTranslationBar</name>
    <message>
        <source>Back to my text</source>
        <translation>Zurück zu meinem Text</translation>
    </message>
    <message>
        <source>Put what you wrote back into the reply</source>
        <translation>Ihren eigenen Text wieder in die Antwort setzen</translation>
    </message>
    <message>
        <source>Translation back into your language</source>
        <translation>Rückübersetzung in Ihre Sprache</translation>
    </message>
    <message>
        <source>Translate to %1</source>
        <translation>Übersetzen ins %1</translation>
    </message>
    <message>
        <source>Write in %1; the reply is translated for the customer, with a translation back to check it</source>
        <translation>Schreiben Sie auf %1; die Antwort wird für den Kunden übersetzt, mit einer Rückübersetzung zur Prüfung</translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation>Wird übersetzt…</translation>
    </message>
    <message>
        <source>Not translated: %1</source>
        <translation>Nicht übersetzt: %1</translation>
    </message>
    <message>
        <source>%1, through %2</source>
        <translation>%1, über %2</translation>
    </message>
    <message>
        <source>Machine translation (%1). Check it before you send.</source>
        <translation>Maschinelle Übersetzung (%1). Prüfen Sie sie vor dem Senden.</translation>
    </message>
    <message>
        <source>Back into %1: %2</source>
        <translation>Zurück ins %1: %2</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::ReviewWorkspace</name>
    <message>
        <source>Any agent</source>
        <translation>Alle Agenten</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Not resolved</source>
        <translation>Nicht gelöst</translation>
    </message>
    <message>
        <source>SLA breached only</source>
        <translation>Nur SLA verletzt</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Agent:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Begonnen:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Transcripts</source>
        <translation>Transkripte</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Spr.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>Liste exportieren…</translation>
    </message>
    <message>
        <source>Every transcript in the list, with its review, as one PDF or HTML file</source>
        <translation>Alle Transkripte der Liste mit ihren Bewertungen als eine PDF- oder HTML-Datei</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>Choose a conversation to read its transcript.</source>
        <translation>Wählen Sie eine Konversation, um ihr Transkript zu lesen.</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Bewertungsbogen</translation>
    </message>
    <message>
        <source>Summary for the agent:</source>
        <translation>Zusammenfassung für den Agenten:</translation>
    </message>
    <message>
        <source>Summary for the agent</source>
        <translation>Zusammenfassung für den Agenten</translation>
    </message>
    <message>
        <source>Comments:</source>
        <translation>Kommentare:</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Neuer Kommentar</translation>
    </message>
    <message>
        <source>Comment…</source>
        <translation>Kommentar…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Bewertung speichern</translation>
    </message>
    <message>
        <source>Edit scorecard…</source>
        <translation>Bewertungsbogen bearbeiten…</translation>
    </message>
    <message>
        <source>Export transcript…</source>
        <translation>Transkript exportieren…</translation>
    </message>
    <message>
        <source>This transcript and its review as a PDF or HTML file, for audits and coaching</source>
        <translation>Dieses Transkript und seine Bewertung als PDF- oder HTML-Datei, für Audits und Coaching</translation>
    </message>
    <message>
        <source>Comment on the message of %1</source>
        <translation>Nachricht von %1 kommentieren</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>verletzt</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>eingehalten</translation>
    </message>
    <message numerus="yes">
        <source>%n transcript(s)</source>
        <translation>
            <numerusform>%n Transkript</numerusform>
            <numerusform>%n Transkripte</numerusform>
        </translation>
    </message>
    <message>
        <source>Comment on the whole conversation, or click Comment beside a message.</source>
        <translation>Kommentieren Sie die gesamte Konversation oder klicken Sie neben einer Nachricht auf „Kommentieren“.</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Trifft nicht zu</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (vorgeschlagen)</translation>
    </message>
    <message>
        <source>Not reviewed yet. Agent: %1</source>
        <translation>Noch nicht bewertet. Agent: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Saved %1 by %2: %3.</source>
        <translation>Gespeichert am %1 von %2: %3.</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Whole conversation</source>
        <translation>Gesamte Konversation</translation>
    </message>
    <message>
        <source>Message of %1</source>
        <translation>Nachricht von %1</translation>
    </message>
    <message>
        <source>Edit scorecard</source>
        <translation>Bewertungsbogen bearbeiten</translation>
    </message>
    <message>
        <source>The team&apos;s criteria, in order. Past reviews keep the wording they were scored with.</source>
        <translation>Die Kriterien des Teams in ihrer Reihenfolge. Frühere Bewertungen behalten den Wortlaut, mit dem sie bewertet wurden.</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Neues Kriterium</translation>
    </message>
    <message>
        <source>Export transcripts</source>
        <translation>Transkripte exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Webseite (*.html)</translation>
    </message>
    <message numerus="yes">
        <source>Transcripts (%n)</source>
        <translation>
            <numerusform>Transkripte (%n)</numerusform>
            <numerusform>Transkripte (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>CareDesk transcripts</source>
        <translation>CareDesk-Transkripte</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>Die Datei %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>The newest %1 transcripts: narrow the filters or the dates for the others.</source>
        <translation>Die neuesten %1 Verläufe: Grenzen Sie Filter oder Daten ein, um die anderen zu sehen.</translation>
    </message>
    <message>
        <source>No transcripts from %1 to %2.</source>
        <translation>Keine Verläufe vom %1 bis %2.</translation>
    </message>
    <message>
        <source>No transcripts today.</source>
        <translation>Heute keine Verläufe.</translation>
    </message>
    <message numerus="yes">
        <source>No transcripts in the last %n day(s).</source>
        <translation>
            <numerusform>Keine Verläufe am letzten Tag.</numerusform>
            <numerusform>Keine Verläufe in den letzten %n Tagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::RosterDialog</name>
    <message>
        <source>Shift roster</source>
        <translation>Schichtplan</translation>
    </message>
    <message>
        <source>Who is on which channels when, every week, in the team&apos;s time zone (%1); nobody is on the holidays of the SLA rules. Days: mon, tue, wed, thu, fri, sat, sun, separated by commas. A shift whose end comes before its start ends the next morning. No channels: every channel.</source>
        <translation>Wer wann auf welchen Kanälen Dienst hat, jede Woche, in der Zeitzone des Teams (%1); an den Feiertagen der SLA-Regeln hat niemand Dienst. Tage: mon, tue, wed, thu, fri, sat, sun, durch Kommas getrennt. Eine Schicht, deren Ende vor ihrem Beginn liegt, endet am nächsten Morgen. Keine Kanäle: alle Kanäle.</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Agent (login)</source>
        <translation>Agent (Anmeldename)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Add shift</source>
        <translation>Schicht hinzufügen</translation>
    </message>
    <message>
        <source>Remove shift</source>
        <translation>Schicht entfernen</translation>
    </message>
    <message>
        <source>Shift-change post ({name}, {end}, {zone} and {signoff} are filled in; empty: the built-in words):</source>
        <translation>Post zum Schichtwechsel ({name}, {end}, {zone} und {signoff} werden eingesetzt; leer: der eingebaute Text):</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::SatisfactionPanel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>CSAT %1</source>
        <translation>CSAT %1</translation>
    </message>
    <message>
        <source>Customer satisfaction</source>
        <translation>Kundenzufriedenheit</translation>
    </message>
    <message>
        <source>Satisfaction by</source>
        <translation>Zufriedenheit nach</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>Nach Agent</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>Nach Kanal</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Nach Kategorie</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Nach Woche</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Umfrageantworten</translation>
    </message>
    <message>
        <source>Satisfaction by group</source>
        <translation>Zufriedenheit nach Gruppe</translation>
    </message>
    <message>
        <source>%1 promoters · %2 passives · %3 detractors</source>
        <translation>%1 Promotoren · %2 Passive · %3 Kritiker</translation>
    </message>
    <message>
        <source>%1 of %2 surveys answered</source>
        <translation>%1 von %2 Umfragen beantwortet</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT (4–5)</source>
        <translation>CSAT (4–5)</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::ScenarioEditor</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Neues Szenario</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save scenario as</source>
        <translation>Szenario speichern unter</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Scenario id</source>
        <translation>Szenario-ID</translation>
    </message>
    <message>
        <source>billing-drill</source>
        <translation>abrechnung-uebung</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Scenario title</source>
        <translation>Szenariotitel</translation>
    </message>
    <message>
        <source>What trainees will practise</source>
        <translation>Was die Teilnehmenden üben</translation>
    </message>
    <message>
        <source>Brand name:</source>
        <translation>Markenname:</translation>
    </message>
    <message>
        <source>Brand name</source>
        <translation>Markenname</translation>
    </message>
    <message>
        <source>Northwind Mobile</source>
        <translation>Northwind Mobile</translation>
    </message>
    <message>
        <source>Brand handle:</source>
        <translation>Marken-Handle:</translation>
    </message>
    <message>
        <source>Brand handle</source>
        <translation>Marken-Handle</translation>
    </message>
    <message>
        <source>The account customers mention</source>
        <translation>Das Konto, das Kunden erwähnen</translation>
    </message>
    <message>
        <source>Scenario parts</source>
        <translation>Szenarioteile</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Reactions</source>
        <translation>Reaktionen</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Erwartungen</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check scenario</source>
        <translation>Szenario prüfen</translation>
    </message>
    <message>
        <source>Lists every problem the practice channel would find in this scenario</source>
        <translation>Listet alle Probleme auf, die der Übungskanal in diesem Szenario finden würde</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Double-click a problem to go to its place</source>
        <translation>Doppelklicken Sie auf ein Problem, um zur betreffenden Stelle zu springen</translation>
    </message>
    <message>
        <source>Close scenario editor</source>
        <translation>Szenario-Editor schließen</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifiziert</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Persona hinzufügen</translation>
    </message>
    <message>
        <source>Remove persona</source>
        <translation>Persona entfernen</translation>
    </message>
    <message>
        <source>Move persona up</source>
        <translation>Persona nach oben</translation>
    </message>
    <message>
        <source>Move persona down</source>
        <translation>Persona nach unten</translation>
    </message>
    <message>
        <source>At (s)</source>
        <translation>Zeitpunkt (s)</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Antwort auf</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Remove event</source>
        <translation>Ereignis entfernen</translation>
    </message>
    <message>
        <source>Move event up</source>
        <translation>Ereignis nach oben</translation>
    </message>
    <message>
        <source>Move event down</source>
        <translation>Ereignis nach unten</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Bei</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>Delay (s)</source>
        <translation>Verzögerung (s)</translation>
    </message>
    <message>
        <source>Wait (s)</source>
        <translation>Wartezeit (s)</translation>
    </message>
    <message>
        <source>Add reaction</source>
        <translation>Reaktion hinzufügen</translation>
    </message>
    <message>
        <source>Remove reaction</source>
        <translation>Reaktion entfernen</translation>
    </message>
    <message>
        <source>Move reaction up</source>
        <translation>Reaktion nach oben</translation>
    </message>
    <message>
        <source>Move reaction down</source>
        <translation>Reaktion nach unten</translation>
    </message>
    <message>
        <source>Expect</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Within (s)</source>
        <translation>Innerhalb von (s)</translation>
    </message>
    <message>
        <source>Add expectation</source>
        <translation>Erwartung hinzufügen</translation>
    </message>
    <message>
        <source>Remove expectation</source>
        <translation>Erwartung entfernen</translation>
    </message>
    <message>
        <source>Move expectation up</source>
        <translation>Erwartung nach oben</translation>
    </message>
    <message>
        <source>Move expectation down</source>
        <translation>Erwartung nach unten</translation>
    </message>
    <message>
        <source>personas[%1].followers: a whole number is required</source>
        <translation>personas[%1].followers: Eine ganze Zahl ist erforderlich</translation>
    </message>
    <message>
        <source>reactions[%1].%2: seconds, a whole number, are required</source>
        <translation>reactions[%1].%2: Sekunden als ganze Zahl erforderlich</translation>
    </message>
    <message>
        <source>reactions[%1].contains[%2]: a word is required</source>
        <translation>reactions[%1].contains[%2]: Ein Wort ist erforderlich</translation>
    </message>
    <message>
        <source>No problems: %1 personas, %2 events, %3 reactions, %4 expectations.</source>
        <translation>Keine Probleme: %1 Personas, %2 Ereignisse, %3 Reaktionen, %4 Erwartungen.</translation>
    </message>
    <message>
        <source>Problems: %1. Double-click one to go to its place.</source>
        <translation>Probleme: %1. Doppelklicken Sie auf ein Problem, um zur betreffenden Stelle zu springen.</translation>
    </message>
    <message>
        <source>Not saved. Problems: %1. Double-click one to go to its place.</source>
        <translation>Nicht gespeichert. Probleme: %1. Doppelklicken Sie auf ein Problem, um zur betreffenden Stelle zu springen.</translation>
    </message>
    <message>
        <source>Not saved: the scenario has problems.
%1</source>
        <translation>Nicht gespeichert: Das Szenario enthält Probleme.
%1</translation>
    </message>
    <message>
        <source>Scenario files (*.json);;All files (*)</source>
        <translation>Szenariodateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Scenario editor</source>
        <translation>Szenario-Editor</translation>
    </message>
    <message>
        <source>The scenario has changes that are not saved.</source>
        <translation>Das Szenario enthält nicht gespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Changed since the last check.</source>
        <translation>Seit der letzten Prüfung geändert.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1%2 - Scenario editor</source>
        <translation>%1%2 - Szenario-Editor</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::ScenarioJson</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a scenario file: line %2: %3</source>
        <translation>%1 ist keine Szenariodatei: Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1 is not a CareDesk scenario of format version 1.</source>
        <translation>%1 ist kein CareDesk-Szenario der Formatversion 1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::ScenarioTable</name>
    <message>
        <source>%1: words separated by commas</source>
        <translation>%1: durch Kommas getrennte Wörter</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dein Name</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Dein Name:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>A new language applies from the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Undo window in seconds</source>
        <translation>Rückgängig-Fenster in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Replies wait before sending, with Undo:</source>
        <translation>Antworten warten vor dem Senden, mit Rückgängig:</translation>
    </message>
    <message>
        <source>Notify me of new conversations and replies falling due</source>
        <translation>Über neue Unterhaltungen und fällige Antworten benachrichtigen</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>Benachrichtigungen:</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>/refund</source>
        <translation>/erstattung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Jede Kategorie</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Typed as:</source>
        <translation>Getippt als:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Kategorie:</translation>
    </message>
    <message>
        <source>Text in each language (variables: {customer.name}, {agent.name}, or your own such as {order}, asked for when used):</source>
        <translation>Text in jeder Sprache (Variablen: {customer.name}, {agent.name} oder eigene wie {order}, die beim Einfügen abgefragt werden):</translation>
    </message>
    <message>
        <source>Language variants</source>
        <translation>Sprachvarianten</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>Sprache hinzufügen</translation>
    </message>
    <message>
        <source>Remove language</source>
        <translation>Sprache entfernen</translation>
    </message>
    <message>
        <source>Save response</source>
        <translation>Textbaustein speichern</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Canned response</source>
        <translation>Textbaustein</translation>
    </message>
    <message>
        <source>A canned response needs a title and a text in at least one language.</source>
        <translation>Ein Textbaustein braucht einen Titel und einen Text in mindestens einer Sprache.</translation>
    </message>
    <message>
        <source>Click a shortcut and press the new keys. Canned responses can have one too.</source>
        <translation>Ein Kürzel anklicken und die neuen Tasten drücken. Auch Textbausteine können eines haben.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last received</source>
        <translation>Zuletzt empfangen</translation>
    </message>
    <message>
        <source>Quota left</source>
        <translation>Restkontingent</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>History only</source>
        <translation>Nur Verlauf</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Needs sign-in again</source>
        <translation>Erneute Anmeldung nötig</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Ratenbegrenzt</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Neuer Versuch läuft</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>Nicht eingerichtet</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Team server</source>
        <translation>Teamserver</translation>
    </message>
    <message>
        <source>Signed in to your team&apos;s server, the team&apos;s conversations come to this inbox and each has exactly one owner. Your password is never stored; the session is kept in the system keychain.</source>
        <translation>Angemeldet am Server deines Teams kommen die Unterhaltungen des Teams in diesen Posteingang, und jede hat genau eine Zuständige oder einen Zuständigen. Dein Passwort wird nie gespeichert; die Sitzung liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Team server address</source>
        <translation>Adresse des Teamservers</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Anmeldename:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Not signed in: working solo.</source>
        <translation>Nicht angemeldet: Arbeit allein.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, your login and your password.</source>
        <translation>Adresse des Servers, Anmeldename und Passwort eingeben.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Signed in and up to date.</source>
        <translation>Angemeldet und auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Sign in to the account…</source>
        <translation>Beim Konto anmelden…</translation>
    </message>
    <message>
        <source>Opens the platform&apos;s sign-in in your browser; needed when a channel says it must be signed in again</source>
        <translation>Öffnet die Anmeldung der Plattform im Browser; nötig, wenn ein Kanal eine erneute Anmeldung verlangt</translation>
    </message>
    <message>
        <source>Channels are added with caredesk-cli channel add; their tokens are kept in the system keychain. In a team, the server runs the channels.</source>
        <translation>Kanäle werden mit caredesk-cli channel add hinzugefügt; ihre Tokens liegen im Schlüsselbund des Systems. Im Team betreibt der Server die Kanäle.</translation>
    </message>
    <message>
        <source>Choose a channel first.</source>
        <translation>Zuerst einen Kanal auswählen.</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Überall abmelden</translation>
    </message>
    <message>
        <source>End your sessions on every computer, for example after losing a laptop.</source>
        <translation>Beendet Ihre Sitzungen auf allen Computern, etwa nach dem Verlust eines Laptops.</translation>
    </message>
    <message>
        <source>Warning: this address is plain http:// to another machine. Your password and session would cross the network unencrypted; ask for the server&apos;s https:// address.</source>
        <translation>Warnung: Diese Adresse ist unverschlüsseltes http:// zu einem anderen Rechner. Ihr Passwort und Ihre Sitzung gingen unverschlüsselt über das Netz; fragen Sie nach der https://-Adresse des Servers.</translation>
    </message>
    <message>
        <source>Country of the channel&apos;s phone numbers</source>
        <translation>Land der Telefonnummern des Kanals</translation>
    </message>
    <message>
        <source>This computer&apos;s country (%1)</source>
        <translation>Land dieses Computers (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>Phone numbers written without a country code are read as this country&apos;s first, then as those of the customer&apos;s language, so that a public reply with one is held back</source>
        <translation>Telefonnummern ohne Ländervorwahl werden zuerst als Nummern dieses Landes gelesen, dann als solche der Länder der Kundensprache, damit eine öffentliche Antwort mit einer solchen Nummer zurückgehalten wird</translation>
    </message>
    <message>
        <source>Customers&apos; phone numbers are from:</source>
        <translation>Telefonnummern der Kunden stammen aus:</translation>
    </message>
    <message>
        <source>Translate canned response</source>
        <translation>Textbaustein übersetzen</translation>
    </message>
    <message>
        <source>Into which language (e.g. es, pt, fr)?</source>
        <translation>In welche Sprache (z. B. es, pt, fr)?</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Translate…</source>
        <translation>Übersetzen…</translation>
    </message>
    <message>
        <source>Machine-translate the selected language&apos;s text into another language, check it and add it</source>
        <translation>Den Text der gewählten Sprache maschinell in eine andere Sprache übersetzen, prüfen und hinzufügen</translation>
    </message>
    <message>
        <source>Not translated</source>
        <translation>Nicht übersetzt</translation>
    </message>
    <message>
        <source>How public replies are signed</source>
        <translation>Wie öffentliche Antworten unterschrieben werden</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nicht unterschrieben</translation>
    </message>
    <message>
        <source>With the agent&apos;s initials (^AG)</source>
        <translation>Mit den Initialen des Agenten (^AG)</translation>
    </message>
    <message>
        <source>With the agent&apos;s first name (-Ana)</source>
        <translation>Mit dem Vornamen des Agenten (-Ana)</translation>
    </message>
    <message>
        <source>Added to each public reply once, counted in the platform&apos;s length and shown under the composer</source>
        <translation>Einmal an jede öffentliche Antwort angehängt, in der Länge der Plattform mitgezählt und unter dem Editor angezeigt</translation>
    </message>
    <message>
        <source>Sign public replies:</source>
        <translation>Öffentliche Antworten unterschreiben:</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::SharePraiseBar</name>
    <message>
        <source>Praise: share it from the brand&apos;s account</source>
        <translation>Lob: vom Konto der Marke teilen</translation>
    </message>
    <message>
        <source>Repost</source>
        <translation>Reposten</translation>
    </message>
    <message>
        <source>Repost the customer&apos;s post as it is</source>
        <translation>Den Post der Kundin oder des Kunden unverändert reposten</translation>
    </message>
    <message>
        <source>Quote…</source>
        <translation>Zitieren…</translation>
    </message>
    <message>
        <source>Post a few words of thanks above the customer&apos;s post</source>
        <translation>Ein paar Worte des Danks über dem Post der Kundin oder des Kunden posten</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>Gefällt mir</translation>
    </message>
    <message>
        <source>Like the customer&apos;s comment from the Page</source>
        <translation>Den Kommentar der Kundin oder des Kunden mit der Seite mit „Gefällt mir“ markieren</translation>
    </message>
    <message>
        <source>Reposted by %1 · %2</source>
        <translation>Repostet von %1 · %2</translation>
    </message>
    <message>
        <source>Quoted by %1 · %2: %3</source>
        <translation>Zitiert von %1 · %2: %3</translation>
    </message>
    <message>
        <source>Liked by %1 · %2</source>
        <translation>Mit „Gefällt mir“ markiert von %1 · %2</translation>
    </message>
    <message>
        <source>%1 (failed: %2)</source>
        <translation>%1 (fehlgeschlagen: %2)</translation>
    </message>
    <message>
        <source>%1 (on its way)</source>
        <translation>%1 (unterwegs)</translation>
    </message>
    <message>
        <source>Quote the customer&apos;s post</source>
        <translation>Den Post der Kundin oder des Kunden zitieren</translation>
    </message>
    <message>
        <source>Your words above their post (plain text, seen by everyone):</source>
        <translation>Ihre Worte über dem Post (reiner Text, für alle sichtbar):</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::ShiftPostBar</name>
    <message>
        <source>Shift-change post</source>
        <translation>Post zum Schichtwechsel</translation>
    </message>
    <message>
        <source>Post on</source>
        <translation>Posten auf</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Your shift has started (until %1). Let customers know a person is here: this goes out publicly, as written.</source>
        <translation>Ihre Schicht hat begonnen (bis %1). Zeigen Sie den Kunden, dass ein Mensch da ist: Dies wird öffentlich gepostet, so wie es dasteht.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::ShiftsPanel</name>
    <message>
        <source>Shifts</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Edit roster…</source>
        <translation>Schichtplan bearbeiten…</translation>
    </message>
    <message>
        <source>%1 · %2–%3</source>
        <translation>%1 · %2–%3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>On shift now (%1): nobody</source>
        <translation>Jetzt im Dienst (%1): niemand</translation>
    </message>
    <message>
        <source>On shift now (%1):
%2</source>
        <translation>Jetzt im Dienst (%1):
%2</translation>
    </message>
    <message>
        <source>Next: no shift in the coming week</source>
        <translation>Als Nächstes: keine Schicht in der kommenden Woche</translation>
    </message>
    <message>
        <source>Next:
%1</source>
        <translation>Als Nächstes:
%1</translation>
    </message>
    <message>
        <source>The team has no shift roster yet. Presence then follows only who is connected.</source>
        <translation>Das Team hat noch keinen Schichtplan. Die Anwesenheit folgt dann nur, wer verbunden ist.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::ShortcutRegistry</name>
    <message>
        <source>Insert &quot;%1&quot;</source>
        <translation>„%1“ einfügen</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>In the reply, type / to insert a canned response. Change keys in Settings › Shortcuts.</source>
        <translation>In der Antwort fügt / einen Textbaustein ein. Tasten ändern unter Einstellungen › Tastenkürzel.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::SlaAlerts</name>
    <message>
        <source>Replies due</source>
        <translation>Fällige Antworten</translation>
    </message>
    <message>
        <source>Due soon or overdue: %1</source>
        <translation>Bald fällig oder überfällig: %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::SpellHighlighter</name>
    <message>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add “%1” to team dictionary</source>
        <translation>„%1“ zum Team-Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>The team dictionary could not be written: %1</source>
        <translation>Das Team-Wörterbuch konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>„%1“ ignorieren</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::TeamStatus</name>
    <message>
        <source>Team: online</source>
        <translation>Team: online</translation>
    </message>
    <message>
        <source>Team: connecting…</source>
        <translation>Team: verbinde…</translation>
    </message>
    <message>
        <source>Team: offline, working from this computer</source>
        <translation>Team: offline, Arbeit mit der lokalen Kopie</translation>
    </message>
    <message>
        <source>Team: signed out</source>
        <translation>Team: abgemeldet</translation>
    </message>
    <message>
        <source>Solo</source>
        <translation>Allein</translation>
    </message>
</context>
<context>
    <name>CareDesk::Gui::TrainerWorkspace</name>
    <message>
        <source>Start a class…</source>
        <translation>Kurs starten…</translation>
    </message>
    <message>
        <source>A practice inbox for each trainee, from a scenario; nothing reaches a real customer</source>
        <translation>Ein Übungs-Posteingang pro Teilnehmer, aus einem Szenario; nichts erreicht echte Kunden</translation>
    </message>
    <message>
        <source>Open class…</source>
        <translation>Kurs öffnen…</translation>
    </message>
    <message>
        <source>Scenario editor…</source>
        <translation>Szenario-Editor…</translation>
    </message>
    <message>
        <source>Scenario from past conversations…</source>
        <translation>Szenario aus früheren Konversationen…</translation>
    </message>
    <message>
        <source>Real conversations of this workspace, with every customer and their personal data made up</source>
        <translation>Echte Konversationen dieses Arbeitsbereichs, mit erfundenen Kunden und erfundenen persönlichen Daten</translation>
    </message>
    <message>
        <source>No class open. Start one from a scenario, or open a class folder.</source>
        <translation>Kein Kurs geöffnet. Starten Sie einen Kurs aus einem Szenario oder öffnen Sie einen Kursordner.</translation>
    </message>
    <message>
        <source>Trainees compared</source>
        <translation>Teilnehmer im Vergleich</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Left open</source>
        <translation>Offen gelassen</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <source>Slowest</source>
        <translation>Langsamste</translation>
    </message>
    <message>
        <source>Personal data in public</source>
        <translation>Persönliche Daten öffentlich</translation>
    </message>
    <message>
        <source>Private answered in public</source>
        <translation>Privates öffentlich beantwortet</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Sprache des Kunden</translation>
    </message>
    <message>
        <source>Canned kept as is</source>
        <translation>Textbausteine unverändert</translation>
    </message>
    <message>
        <source>Expectations met</source>
        <translation>Erwartungen erfüllt</translation>
    </message>
    <message>
        <source>QA</source>
        <translation>QA</translation>
    </message>
    <message>
        <source>Practice report</source>
        <translation>Übungsbericht</translation>
    </message>
    <message>
        <source>Choose a trainee to read the report of their run.</source>
        <translation>Wählen Sie einen Teilnehmer, um den Bericht zu seinem Durchlauf zu lesen.</translation>
    </message>
    <message>
        <source>Trainer&apos;s notes</source>
        <translation>Notizen des Trainers</translation>
    </message>
    <message>
        <source>What went well, what to practise next…</source>
        <translation>Was gut lief, was als Nächstes zu üben ist…</translation>
    </message>
    <message>
        <source>Save notes</source>
        <translation>Notizen speichern</translation>
    </message>
    <message>
        <source>Open this trainee&apos;s practice inbox</source>
        <translation>Übungs-Posteingang dieses Teilnehmers öffnen</translation>
    </message>
    <message>
        <source>Starts CareDesk on the trainee&apos;s own practice workspace</source>
        <translation>Startet CareDesk im eigenen Übungsarbeitsbereich des Teilnehmers</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Bewertungsbogen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n trainee(s) · started %2</source>
        <translation>
            <numerusform>%1 · %n Teilnehmer · Beginn: %2</numerusform>
            <numerusform>%1 · %n Teilnehmer · Beginn: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Szenario: %1</translation>
    </message>
    <message>
        <source>Conversations answered</source>
        <translation>Beantwortete Konversationen</translation>
    </message>
    <message>
        <source>First response (median / slowest)</source>
        <translation>Erste Antwort (Median / langsamste)</translation>
    </message>
    <message>
        <source>Customer messages dealt with</source>
        <translation>Bearbeitete Kundennachrichten</translation>
    </message>
    <message>
        <source>Replies in public / in private</source>
        <translation>Antworten öffentlich / privat</translation>
    </message>
    <message>
        <source>Private messages answered in public</source>
        <translation>Öffentlich beantwortete Privatnachrichten</translation>
    </message>
    <message>
        <source>Public replies showing personal data</source>
        <translation>Öffentliche Antworten mit persönlichen Daten</translation>
    </message>
    <message>
        <source>Replies in the customer&apos;s language</source>
        <translation>Antworten in der Sprache des Kunden</translation>
    </message>
    <message>
        <source>Canned responses sent as they were</source>
        <translation>Unverändert gesendete Textbausteine</translation>
    </message>
    <message>
        <source>Expected outcomes met</source>
        <translation>Erwartete Ergebnisse erreicht</translation>
    </message>
    <message>
        <source>Expected outcomes</source>
        <translation>Erwartete Ergebnisse</translation>
    </message>
    <message>
        <source>Personal data shown in public</source>
        <translation>Öffentlich gezeigte persönliche Daten</translation>
    </message>
    <message>
        <source>Conversation %1: %2</source>
        <translation>Konversation %1: %2</translation>
    </message>
    <message>
        <source>Not in the customer&apos;s language</source>
        <translation>Nicht in der Sprache des Kunden</translation>
    </message>
    <message>
        <source>Conversation %1: written in %2, the customer wrote in %3</source>
        <translation>Konversation %1: auf %2 geschrieben, der Kunde schrieb auf %3</translation>
    </message>
    <message>
        <source>Canned responses</source>
        <translation>Textbausteine</translation>
    </message>
    <message>
        <source>sent as it was</source>
        <translation>unverändert gesendet</translation>
    </message>
    <message>
        <source>%1 % rewritten</source>
        <translation>%1 % umgeschrieben</translation>
    </message>
    <message>
        <source>Start a practice class</source>
        <translation>Übungskurs starten</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>One trainee per line</source>
        <translation>Ein Teilnehmer pro Zeile</translation>
    </message>
    <message>
        <source>CareDesk practice</source>
        <translation>CareDesk-Übung</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <source>Trainees:</source>
        <translation>Teilnehmer:</translation>
    </message>
    <message>
        <source>Class folder (new):</source>
        <translation>Kursordner (neu):</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Scenarios (*.json)</source>
        <translation>Szenarien (*.json)</translation>
    </message>
    <message>
        <source>Class folder</source>
        <translation>Kursordner</translation>
    </message>
    <message>
        <source>Name at least one trainee.</source>
        <translation>Geben Sie mindestens einen Teilnehmer an.</translation>
    </message>
    <message>
        <source>Open a practice class</source>
        <translation>Übungskurs öffnen</translation>
    </message>
    <message>
        <source>Scenario from past conversations</source>
        <translation>Szenario aus früheren Konversationen</translation>
    </message>
    <message>
        <source>The most recent conversations:</source>
        <translation>Die neuesten Konversationen:</translation>
    </message>
    <message>
        <source>Every customer gets a made-up name and handle; emails, phone numbers, cards, IBANs and order numbers are replaced with fake ones.</source>
        <translation>Jeder Kunde erhält einen erfundenen Namen und Benutzernamen; E-Mail-Adressen, Telefonnummern, Karten, IBANs und Bestellnummern werden durch fiktive ersetzt.</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <source>Scenario ready</source>
        <translation>Szenario bereit</translation>
    </message>
    <message>
        <source>%1

Open it in the scenario editor?</source>
        <translation>%1

Im Szenario-Editor öffnen?</translation>
    </message>
    <message>
        <source>Scenario editor</source>
        <translation>Szenario-Editor</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
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
    <name>CareDesk::Ingest::Importer</name>
    <message>
        <source>The workspace could not be read.</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Line %1 of the tweet archive was skipped: no brand account answers or is mentioned in it.</source>
        <translation>Zeile %1 des Tweet-Archivs wurde übersprungen: Kein Markenkonto antwortet darauf oder wird darin erwähnt.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Ingest::InboundItemJson</name>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;public&quot; or &quot;private&quot;</source>
        <translation>„public“ oder „private“</translation>
    </message>
    <message>
        <source>&quot;mention&quot;, &quot;comment&quot; or &quot;dm&quot;</source>
        <translation>„mention“, „comment“ oder „dm“</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>&quot;inbound&quot; or &quot;outbound&quot;</source>
        <translation>„inbound“ oder „outbound“</translation>
    </message>
    <message>
        <source>a time such as 2026-11-22T10:00:00Z</source>
        <translation>eine Zeitangabe wie 2026-11-22T10:00:00Z</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a number of 0 or more</source>
        <translation>eine Zahl ab 0</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is required.</source>
        <translation>Das Feld „%1“ ist erforderlich.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be %2.</source>
        <translation>Das Feld „%1“ muss %2 sein.</translation>
    </message>
    <message>
        <source>not a JSON object in UTF-8</source>
        <translation>kein JSON-Objekt in UTF-8</translation>
    </message>
</context>
<context>
    <name>CareDesk::Ingest::TweetCsvReader</name>
    <message>
        <source>This is not a tweet archive: its first line must name the columns %1.</source>
        <translation>Dies ist kein Tweet-Archiv: Die erste Zeile muss die Spalten %1 nennen.</translation>
    </message>
    <message>
        <source>The tweet archive could not be read: %1</source>
        <translation>Das Tweet-Archiv konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The tweet archive is empty.</source>
        <translation>Das Tweet-Archiv ist leer.</translation>
    </message>
    <message>
        <source>the row is far too long to be a tweet.</source>
        <translation>Die Zeile ist viel zu lang für einen Tweet.</translation>
    </message>
    <message>
        <source>a quotation mark opened in it is never closed.</source>
        <translation>Ein darin geöffnetes Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>it has %n column(s) instead of 7.</source>
        <translation>
            <numerusform>Sie hat %n Spalte statt 7.</numerusform>
            <numerusform>Sie hat %n Spalten statt 7.</numerusform>
        </translation>
    </message>
    <message>
        <source>it names no author.</source>
        <translation>Sie nennt keinen Verfasser.</translation>
    </message>
    <message>
        <source>%1 in column inbound is neither True nor False.</source>
        <translation>%1 in der Spalte inbound ist weder True noch False.</translation>
    </message>
    <message>
        <source>the date %1 is not like &quot;Tue Oct 31 22:10:47 +0000 2017&quot;.</source>
        <translation>Das Datum %1 hat nicht die Form „Tue Oct 31 22:10:47 +0000 2017“.</translation>
    </message>
    <message>
        <source>Line %1 of the tweet archive was skipped: %2</source>
        <translation>Zeile %1 des Tweet-Archivs wurde übersprungen: %2</translation>
    </message>
    <message>
        <source>%1 in column %2 is not a tweet id.</source>
        <translation>%1 in der Spalte %2 ist keine Tweet-ID.</translation>
    </message>
    <message>
        <source>column %1 is not valid UTF-8 text.</source>
        <translation>Die Spalte %1 ist kein gültiger UTF-8-Text.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Net::HttpTransport</name>
    <message>
        <source>The answer&apos;s headers were larger than %1; it was not read.</source>
        <translation>Die Kopfzeilen der Antwort waren größer als %1; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The answer was larger than %1, the most CareDesk accepts here; it was not read.</source>
        <translation>Die Antwort war größer als %1, das Höchste, was CareDesk hier annimmt; sie wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Outbox::Outbox</name>
    <message>
        <source>The outbox could not be read or saved.</source>
        <translation>Der Postausgang konnte nicht gelesen oder gespeichert werden.</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>Eine leere Nachricht kann nicht gesendet werden.</translation>
    </message>
    <message>
        <source>There is no such message in the outbox.</source>
        <translation>Diese Nachricht gibt es im Postausgang nicht.</translation>
    </message>
    <message>
        <source>The conversation to reply in no longer exists.</source>
        <translation>Die Unterhaltung, in der geantwortet werden soll, gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The customer has written nothing public here to reply to; send a direct message.</source>
        <translation>Die Kundin oder der Kunde hat hier nichts Öffentliches geschrieben, worauf man antworten könnte; senden Sie eine Direktnachricht.</translation>
    </message>
    <message>
        <source>There is nobody to send a direct message to in this conversation.</source>
        <translation>In dieser Unterhaltung gibt es niemanden, dem eine Direktnachricht gesendet werden kann.</translation>
    </message>
    <message>
        <source>There is no message to share.</source>
        <translation>Es gibt keine Nachricht zum Teilen.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Review::Dashboard</name>
    <message>
        <source>The dashboard figures could not be read.</source>
        <translation>Die Dashboard-Kennzahlen konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Review::ReviewStore</name>
    <message>
        <source>The reviews could not be read.</source>
        <translation>Die Bewertungen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The review could not be saved.</source>
        <translation>Die Bewertung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Every criterion needs a title and a weight from 1 to 10.</source>
        <translation>Jedes Kriterium benötigt einen Titel und eine Gewichtung von 1 bis 10.</translation>
    </message>
    <message>
        <source>The scorecard could not be saved.</source>
        <translation>Der Bewertungsbogen konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>A review needs the reviewer&apos;s name.</source>
        <translation>Eine Bewertung benötigt den Namen des Prüfers.</translation>
    </message>
    <message>
        <source>A score is 0 (not met), 1 (partly) or 2 (met).</source>
        <translation>Die Punktzahl ist 0 (nicht erfüllt), 1 (teilweise) oder 2 (erfüllt).</translation>
    </message>
</context>
<context>
    <name>CareDesk::Review::Scorecard</name>
    <message>
        <source>Answered every message</source>
        <translation>Jede Nachricht beantwortet</translation>
    </message>
    <message>
        <source>No customer message was left without an answer or a deliberate mark.</source>
        <translation>Keine Kundennachricht blieb ohne Antwort oder bewusste Markierung.</translation>
    </message>
    <message>
        <source>Right channel</source>
        <translation>Richtiger Kanal</translation>
    </message>
    <message>
        <source>Account details and private matters moved to a private message; private messages answered in private.</source>
        <translation>Kontodaten und private Angelegenheiten in eine Privatnachricht verlagert; Privatnachrichten privat beantwortet.</translation>
    </message>
    <message>
        <source>Personal data kept private</source>
        <translation>Persönliche Daten privat gehalten</translation>
    </message>
    <message>
        <source>No public reply shows an email address, phone number, card, IBAN or order number.</source>
        <translation>Keine öffentliche Antwort zeigt eine E-Mail-Adresse, Telefonnummer, Karte, IBAN oder Bestellnummer.</translation>
    </message>
    <message>
        <source>Customer&apos;s language</source>
        <translation>Sprache des Kunden</translation>
    </message>
    <message>
        <source>Every reply is in the language the customer wrote in.</source>
        <translation>Jede Antwort ist in der Sprache verfasst, in der der Kunde geschrieben hat.</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Friendly, clear and in the brand&apos;s voice; canned text adapted to the customer.</source>
        <translation>Freundlich, klar und im Ton der Marke; Textbausteine an den Kunden angepasst.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>The customer&apos;s problem was solved, or they know exactly what happens next.</source>
        <translation>Das Problem des Kunden wurde gelöst, oder er weiß genau, wie es weitergeht.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Review::TranscriptReport</name>
    <message>
        <source>does not apply</source>
        <translation>trifft nicht zu</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>nicht erfüllt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>returned the conversation to the queue</source>
        <translation>hat die Konversation in die Warteschlange zurückgegeben</translation>
    </message>
    <message>
        <source>took the conversation</source>
        <translation>hat die Konversation übernommen</translation>
    </message>
    <message>
        <source>assigned it to %1</source>
        <translation>hat sie %1 zugewiesen</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>Status %1 → %2</translation>
    </message>
    <message>
        <source>category %1 → %2</source>
        <translation>Kategorie %1 → %2</translation>
    </message>
    <message>
        <source>marked a customer message %1</source>
        <translation>hat eine Kundennachricht als %1 markiert</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>Erste Antwort</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>breached (due %1)</source>
        <translation>überschritten (fällig %1)</translation>
    </message>
    <message>
        <source>kept (due %1)</source>
        <translation>eingehalten (fällig %1)</translation>
    </message>
    <message>
        <source>Resolved after</source>
        <translation>Gelöst nach</translation>
    </message>
    <message>
        <source>not resolved</source>
        <translation>nicht gelöst</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>Längste Wartezeit</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>private message</source>
        <translation>Privatnachricht</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>private reply</source>
        <translation>private Antwort</translation>
    </message>
    <message>
        <source>public reply</source>
        <translation>öffentliche Antwort</translation>
    </message>
    <message>
        <source>customer waited %1</source>
        <translation>Kunde wartete %1</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>QA:</source>
        <translation>QA:</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>interne Notiz</translation>
    </message>
    <message>
        <source>QA review by %1</source>
        <translation>QA-Bewertung von %1</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Score %1 %</source>
        <translation>Punktzahl %1 %</translation>
    </message>
    <message>
        <source>resolved on import: the brand had answered last</source>
        <translation>beim Import erledigt: die Marke hatte zuletzt geantwortet</translation>
    </message>
    <message>
        <source>sent machine-translated (%1); the agent wrote:</source>
        <translation>maschinell übersetzt gesendet (%1); geschrieben hatte der Agent:</translation>
    </message>
    <message>
        <source>took the escalated conversation</source>
        <translation>hat die eskalierte Konversation übernommen</translation>
    </message>
    <message>
        <source>flagged by a rule: %1</source>
        <translation>von einer Regel markiert: %1</translation>
    </message>
    <message>
        <source>escalated to %1: %2</source>
        <translation>an %1 eskaliert: %2</translation>
    </message>
    <message>
        <source>the team&apos;s leads</source>
        <translation>die Teamleitung</translation>
    </message>
    <message>
        <source>satisfaction survey (%1) sent to the customer</source>
        <translation>Zufriedenheitsumfrage (%1) an den Kunden gesendet</translation>
    </message>
    <message>
        <source>the customer answered the satisfaction survey: %1 of %2</source>
        <translation>der Kunde hat die Zufriedenheitsumfrage beantwortet: %1 von %2</translation>
    </message>
    <message>
        <source>the customer&apos;s reply to the satisfaction survey held no score</source>
        <translation>die Antwort des Kunden auf die Zufriedenheitsumfrage enthielt keine Bewertung</translation>
    </message>
    <message>
        <source>reposted the customer&apos;s praise</source>
        <translation>hat das Lob der Kundin oder des Kunden repostet</translation>
    </message>
    <message>
        <source>quoted the customer&apos;s praise: %1</source>
        <translation>hat das Lob der Kundin oder des Kunden zitiert: %1</translation>
    </message>
    <message>
        <source>liked the customer&apos;s praise</source>
        <translation>hat das Lob der Kundin oder des Kunden mit „Gefällt mir“ markiert</translation>
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
    <name>CareDesk::Server::EventHub</name>
    <message>
        <source>Say hello with a session token first.</source>
        <translation>Melden Sie sich zuerst mit „hello“ und einem Sitzungstoken.</translation>
    </message>
    <message>
        <source>Each message must be one JSON object.</source>
        <translation>Jede Nachricht muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Unknown message type.</source>
        <translation>Unbekannte Nachrichtenart.</translation>
    </message>
    <message>
        <source>hello needs a token and, optionally, since as a number.</source>
        <translation>hello braucht ein Token und optional since als Zahl.</translation>
    </message>
    <message>
        <source>The session token is not valid. Log in again.</source>
        <translation>Das Sitzungstoken ist nicht gültig. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Too many connections from your address are waiting to say hello.</source>
        <translation>Zu viele Verbindungen von Ihrer Adresse warten noch auf ihr Hallo.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Server::HttpConnection</name>
    <message>
        <source>The request&apos;s headers are too large.</source>
        <translation>Die Kopfzeilen der Anfrage sind zu groß.</translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation>Der Inhalt der Anfrage ist zu groß.</translation>
    </message>
    <message>
        <source>The request is not valid HTTP/1.1 (%1).</source>
        <translation>Die Anfrage ist kein gültiges HTTP/1.1 (%1).</translation>
    </message>
    <message>
        <source>The request target must be a path.</source>
        <translation>Das Ziel der Anfrage muss ein Pfad sein.</translation>
    </message>
    <message>
        <source>Open the WebSocket on a connection of its own.</source>
        <translation>Öffnen Sie den WebSocket auf einer eigenen Verbindung.</translation>
    </message>
    <message>
        <source>The request body is too large: at most %1 bytes are taken here.</source>
        <translation>Der Inhalt der Anfrage ist zu groß: hier werden höchstens %1 Bytes angenommen.</translation>
    </message>
    <message>
        <source>The request took too long to arrive.</source>
        <translation>Die Anfrage kam zu langsam an.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Server::HttpServerAdapter</name>
    <message>
        <source>Too many open connections from your address. Close some and try again.</source>
        <translation>Zu viele offene Verbindungen von Ihrer Adresse. Schließen Sie einige und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Open this address as a WebSocket.</source>
        <translation>Öffnen Sie diese Adresse als WebSocket.</translation>
    </message>
    <message>
        <source>The TLS certificate could not be read (PEM expected).</source>
        <translation>Das TLS-Zertifikat konnte nicht gelesen werden (PEM erwartet).</translation>
    </message>
    <message>
        <source>The TLS key could not be read.</source>
        <translation>Der TLS-Schlüssel konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The TLS key is not an unencrypted RSA or EC key in PEM.</source>
        <translation>Der TLS-Schlüssel ist kein unverschlüsselter RSA- oder EC-Schlüssel im PEM-Format.</translation>
    </message>
    <message>
        <source>The server could not listen on %1:%2. Is another server using that port?</source>
        <translation>Der Server konnte nicht auf %1:%2 lauschen. Benutzt ein anderer Server diesen Port?</translation>
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
    <message>
        <source>The server database is not available.</source>
        <translation>Die Serverdatenbank ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Die Änderung konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Server::ServerIngest</name>
    <message>
        <source>The server&apos;s ingest workspace could not be created.</source>
        <translation>Der Eingangs-Arbeitsbereich des Servers konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The server&apos;s ingest workspace is not available.</source>
        <translation>Der Eingangs-Arbeitsbereich des Servers ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>No channel runs on this server for %1, so the reply cannot be posted from here.</source>
        <translation>Auf diesem Server läuft kein Kanal für %1, daher kann die Antwort von hier nicht veröffentlicht werden.</translation>
    </message>
    <message>
        <source>No channel named %1 runs on this server.</source>
        <translation>Auf diesem Server läuft kein Kanal namens %1.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Server::TeamServer</name>
    <message>
        <source>translatedFrom holds a text of at most 10,000 characters, a language code and a provider name.</source>
        <translation>translatedFrom enthält einen Text von höchstens 10.000 Zeichen, einen Sprachcode und einen Anbieternamen.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Ihre Rolle erlaubt das nicht.</translation>
    </message>
    <message>
        <source>The request body is too large.</source>
        <translation>Der Inhalt der Anfrage ist zu groß.</translation>
    </message>
    <message>
        <source>The request body must be one JSON object in UTF-8 (%1).</source>
        <translation>Der Inhalt der Anfrage muss ein JSON-Objekt in UTF-8 sein (%1).</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Unbekanntes Feld „%1“.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing.</source>
        <translation>Das Feld „%1“ fehlt.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be %2.</source>
        <translation>Das Feld „%1“ muss %2 sein.</translation>
    </message>
    <message>
        <source>There is no usable channel plugin &quot;%1&quot;.</source>
        <translation>Es gibt kein nutzbares Kanal-Plugin „%1“.</translation>
    </message>
    <message>
        <source>Log in first: this needs a session token.</source>
        <translation>Melden Sie sich zuerst an: Dafür ist ein Sitzungstoken nötig.</translation>
    </message>
    <message>
        <source>The session token is not valid. Log in again.</source>
        <translation>Das Sitzungstoken ist nicht gültig. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Use %1 here.</source>
        <translation>Verwenden Sie hier %1.</translation>
    </message>
    <message>
        <source>There is no %1 %2.</source>
        <translation>Es gibt kein %1 %2.</translation>
    </message>
    <message>
        <source>There is no such conversation.</source>
        <translation>Diese Unterhaltung gibt es nicht.</translation>
    </message>
    <message>
        <source>There is no such agent.</source>
        <translation>Diese Agentin oder diesen Agenten gibt es nicht.</translation>
    </message>
    <message>
        <source>The login or password is not right.</source>
        <translation>Anmeldename oder Passwort stimmen nicht.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Unbekannter Status „%1“.</translation>
    </message>
    <message>
        <source>The cursor is not one this server gave out.</source>
        <translation>Dieser Cursor stammt nicht von diesem Server.</translation>
    </message>
    <message>
        <source>This request takes no body.</source>
        <translation>Diese Anfrage hat keinen Inhalt.</translation>
    </message>
    <message>
        <source>status must be open, pending or resolved.</source>
        <translation>status muss open, pending oder resolved sein.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Eine Notiz braucht etwas Text.</translation>
    </message>
    <message>
        <source>clientId must be 8 to 100 characters.</source>
        <translation>clientId muss 8 bis 100 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A reply needs some text.</source>
        <translation>Eine Antwort braucht etwas Text.</translation>
    </message>
    <message>
        <source>visibility must be public or private.</source>
        <translation>visibility muss public oder private sein.</translation>
    </message>
    <message>
        <source>Conversations have no &quot;%1&quot; action.</source>
        <translation>Unterhaltungen haben keine Aktion „%1“.</translation>
    </message>
    <message>
        <source>presence must be available, away or offline.</source>
        <translation>presence muss available, away oder offline sein.</translation>
    </message>
    <message>
        <source>Send at most 32 MiB of items per request.</source>
        <translation>Senden Sie höchstens 32 MiB an Einträgen pro Anfrage.</translation>
    </message>
    <message>
        <source>role must be agent, lead, trainer or admin.</source>
        <translation>role muss agent, lead, trainer oder admin sein.</translation>
    </message>
    <message>
        <source>A login and a password of at least 8 characters are needed.</source>
        <translation>Nötig sind ein Anmeldename und ein Passwort mit mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The password could not be hashed.</source>
        <translation>Das Passwort konnte nicht gehasht werden.</translation>
    </message>
    <message>
        <source>Only an admin can change roles.</source>
        <translation>Nur Admins können Rollen ändern.</translation>
    </message>
    <message>
        <source>No channel here takes webhooks under that name.</source>
        <translation>Kein Kanal hier nimmt unter diesem Namen Webhooks an.</translation>
    </message>
    <message>
        <source>The verify token does not match.</source>
        <translation>Das Prüf-Token stimmt nicht.</translation>
    </message>
    <message>
        <source>The delivery is too large.</source>
        <translation>Die Zustellung ist zu groß.</translation>
    </message>
    <message>
        <source>policy must be manual, round-robin or least-loaded.</source>
        <translation>policy muss manual, round-robin oder least-loaded sein.</translation>
    </message>
    <message>
        <source>A review has at most %1 scores and %1 comments.</source>
        <translation>Eine Bewertung hat höchstens %1 Punktzahlen und %1 Kommentare.</translation>
    </message>
    <message>
        <source>Each score needs a title, a weight from 1 to 10 and a score of 0, 1, 2 or null.</source>
        <translation>Jede Punktzahl benötigt einen Titel, eine Gewichtung von 1 bis 10 und einen Wert von 0, 1, 2 oder null.</translation>
    </message>
    <message>
        <source>Each comment needs a text of at most %1 characters.</source>
        <translation>Jeder Kommentar benötigt einen Text mit höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The summary has at most %1 characters.</source>
        <translation>Die Zusammenfassung darf höchstens %1 Zeichen haben.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of at least %2.</source>
        <translation>%1 muss eine ganze Zahl von mindestens %2 sein.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>assignee must be me, none or an agent id.</source>
        <translation>assignee muss me, none oder eine Agenten-ID sein.</translation>
    </message>
    <message>
        <source>agent must be me or an agent id.</source>
        <translation>agent muss me oder eine Agenten-ID sein.</translation>
    </message>
    <message>
        <source>Too many logins from your address. Try again in a minute.</source>
        <translation>Zu viele Anmeldungen von Ihrer Adresse. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>Too many logins from your address at once. Wait for the ones under way.</source>
        <translation>Zu viele gleichzeitige Anmeldungen von Ihrer Adresse. Warten Sie auf die laufenden.</translation>
    </message>
    <message>
        <source>The server is checking many logins. Try again.</source>
        <translation>Der Server prüft gerade viele Anmeldungen. Versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed logins. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>At most %1 words can be changed at once.</source>
        <translation>Höchstens %1 Wörter können auf einmal geändert werden.</translation>
    </message>
    <message>
        <source>Each word must be text of 1 to 64 characters on one line.</source>
        <translation>Jedes Wort muss ein Text von 1 bis 64 Zeichen in einer Zeile sein.</translation>
    </message>
    <message>
        <source>The team dictionary holds at most %1 words.</source>
        <translation>Das Team-Wörterbuch fasst höchstens %1 Wörter.</translation>
    </message>
    <message>
        <source>since and until must be ISO 8601 times with a zone, such as 2026-12-01T00:00:00Z.</source>
        <translation>since und until müssen Zeiten nach ISO 8601 mit Zeitzone sein, etwa 2026-12-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>by must be agent or channel.</source>
        <translation>by muss agent oder channel sein.</translation>
    </message>
    <message>
        <source>survey takes only &quot;kind&quot; and &quot;quietDays&quot;.</source>
        <translation>survey nimmt nur &quot;kind&quot; und &quot;quietDays&quot; an.</translation>
    </message>
    <message>
        <source>These are not agents of the team: %1.</source>
        <translation>Diese gehören nicht zu den Agenten des Teams: %1.</translation>
    </message>
    <message>
        <source>decision must be post or decline.</source>
        <translation>decision muss post oder decline sein.</translation>
    </message>
    <message>
        <source>No shift-change post is waiting: the shift has not started, or its post was decided already.</source>
        <translation>Kein Post zum Schichtwechsel wartet: Die Schicht hat nicht begonnen, oder über ihren Post wurde schon entschieden.</translation>
    </message>
    <message>
        <source>The post needs its text.</source>
        <translation>Der Post braucht seinen Text.</translation>
    </message>
    <message>
        <source>%1 is not a channel of this shift.</source>
        <translation>%1 ist kein Kanal dieser Schicht.</translation>
    </message>
    <message>
        <source>An escalation needs a reason (up to 200 characters), a target of up to 100 and a note of up to 4000.</source>
        <translation>Eine Eskalation braucht einen Grund (bis 200 Zeichen), ein Ziel bis 100 und eine Notiz bis 4000 Zeichen.</translation>
    </message>
    <message>
        <source>The escalation settings are a JSON object.</source>
        <translation>Die Eskalationseinstellungen sind ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Only whoever holds this conversation, or a lead, can escalate it.</source>
        <translation>Nur wer diese Unterhaltung hat, oder eine Teamleitung, kann sie eskalieren.</translation>
    </message>
    <message>
        <source>A rule escalated this conversation already; it waits for someone to take it.</source>
        <translation>Eine Regel hat diese Unterhaltung schon eskaliert; sie wartet darauf, dass jemand sie übernimmt.</translation>
    </message>
    <message>
        <source>%1 escalated this conversation already; it waits for someone to take it.</source>
        <translation>%1 hat diese Unterhaltung schon eskaliert; sie wartet darauf, dass jemand sie übernimmt.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Server::TeamStore</name>
    <message>
        <source>The server database is not available.</source>
        <translation>Die Serverdatenbank ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>a minute ago</source>
        <translation>vor einer Minute</translation>
    </message>
    <message>
        <source>%1 minutes ago</source>
        <translation>vor %1 Minuten</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>vor %1 Stunden</translation>
    </message>
    <message>
        <source>The team no longer exists.</source>
        <translation>Das Team gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>There is already an account called %1.</source>
        <translation>Es gibt bereits ein Konto namens %1.</translation>
    </message>
    <message>
        <source>There is already an integration called %1.</source>
        <translation>Es gibt bereits eine Integration namens %1.</translation>
    </message>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>Die Unterhaltung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>There is no such conversation.</source>
        <translation>Diese Unterhaltung gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 took this conversation %2.</source>
        <translation>%1 hat diese Unterhaltung %2 übernommen.</translation>
    </message>
    <message>
        <source>Nobody holds this conversation.</source>
        <translation>Niemand hat diese Unterhaltung übernommen.</translation>
    </message>
    <message>
        <source>%1 holds this conversation; only they or a lead can release it.</source>
        <translation>%1 hat diese Unterhaltung; nur diese Person oder eine Teamleitung kann sie freigeben.</translation>
    </message>
    <message>
        <source>Claim the conversation before handing it over.</source>
        <translation>Übernehmen Sie die Unterhaltung, bevor Sie sie weitergeben.</translation>
    </message>
    <message>
        <source>%1 holds this conversation; only they or a lead can transfer it.</source>
        <translation>%1 hat diese Unterhaltung; nur diese Person oder eine Teamleitung kann sie weitergeben.</translation>
    </message>
    <message>
        <source>The agent to hand over to is not on this team.</source>
        <translation>Die Person, an die übergeben werden soll, gehört nicht zu diesem Team.</translation>
    </message>
    <message>
        <source>Claim the conversation first.</source>
        <translation>Übernehmen Sie zuerst die Unterhaltung.</translation>
    </message>
    <message>
        <source>%1 holds this conversation.</source>
        <translation>%1 hat diese Unterhaltung.</translation>
    </message>
    <message>
        <source>This client id was already used for another conversation.</source>
        <translation>Diese Client-ID wurde schon für eine andere Unterhaltung verwendet.</translation>
    </message>
    <message>
        <source>Claim the conversation before replying.</source>
        <translation>Übernehmen Sie die Unterhaltung, bevor Sie antworten.</translation>
    </message>
    <message>
        <source>The conversation changed while you were writing. Read it again before sending.</source>
        <translation>Die Unterhaltung hat sich geändert, während Sie geschrieben haben. Lesen Sie sie vor dem Senden noch einmal.</translation>
    </message>
    <message>
        <source>This client id is already in use. Send the reply with a new one.</source>
        <translation>Diese Client-ID wird bereits verwendet. Senden Sie die Antwort mit einer neuen.</translation>
    </message>
    <message>
        <source>%1&apos;s account is closed; hand the conversation to someone else.</source>
        <translation>Das Konto von %1 ist geschlossen; übergeben Sie die Unterhaltung an jemand anderen.</translation>
    </message>
    <message>
        <source>%1 does not work conversations; hand it to an agent or a lead.</source>
        <translation>%1 bearbeitet keine Unterhaltungen; übergeben Sie sie an einen Agenten oder eine Teamleitung.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Shifts::Roster</name>
    <message>
        <source>Hi, {name} here! I&apos;m looking after your messages until {end} {zone}. {signoff}</source>
        <translation>Hallo, hier ist {name}! Ich kümmere mich bis {end} {zone} um Ihre Nachrichten. {signoff}</translation>
    </message>
    <message>
        <source>%1.agent: every shift names the agent&apos;s login</source>
        <translation>%1.agent: jede Schicht nennt den Anmeldenamen des Agenten</translation>
    </message>
    <message>
        <source>%1.days: a day is mon, tue, wed, thu, fri, sat or sun</source>
        <translation>%1.days: ein Tag ist mon, tue, wed, thu, fri, sat oder sun</translation>
    </message>
    <message>
        <source>%1.days: a shift is on at least one day</source>
        <translation>%1.days: eine Schicht liegt an mindestens einem Tag</translation>
    </message>
    <message>
        <source>%1.start: a time is HH:MM, from 00:00 to 23:59</source>
        <translation>%1.start: eine Uhrzeit ist HH:MM, von 00:00 bis 23:59</translation>
    </message>
    <message>
        <source>%1.end: a time is HH:MM, from 00:00 to 24:00</source>
        <translation>%1.end: eine Uhrzeit ist HH:MM, von 00:00 bis 24:00</translation>
    </message>
    <message>
        <source>%1.channels: a channel is named by its name</source>
        <translation>%1.channels: ein Kanal wird mit seinem Namen genannt</translation>
    </message>
    <message>
        <source>The shift roster is not a JSON object.</source>
        <translation>Der Schichtplan ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>shifts: the roster lists its shifts</source>
        <translation>shifts: der Schichtplan listet seine Schichten</translation>
    </message>
    <message>
        <source>shifts: at most %1 shifts</source>
        <translation>shifts: höchstens %1 Schichten</translation>
    </message>
    <message>
        <source>shiftPost: the post is text of at most %1 characters</source>
        <translation>shiftPost: der Post ist Text von höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>The shift roster has mistakes: %1</source>
        <translation>Der Schichtplan hat Fehler: %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::Spelling::SpellChecker</name>
    <message>
        <source>There is no spelling dictionary for %1 on this computer.</source>
        <translation>Auf diesem Computer gibt es kein Rechtschreibwörterbuch für %1.</translation>
    </message>
    <message>
        <source>Looked in: %1</source>
        <translation>Gesucht in: %1</translation>
    </message>
    <message>
        <source>The spelling dictionary %1 is in an encoding CareDesk cannot read.</source>
        <translation>Das Rechtschreibwörterbuch %1 hat eine Kodierung, die CareDesk nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Spelling::WorkspaceWords</name>
    <message>
        <source>The workspace&apos;s names could not be read.</source>
        <translation>Die Namen des Arbeitsbereichs konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The team dictionary could not be read.</source>
        <translation>Das Team-Wörterbuch konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The team dictionary could not be saved.</source>
        <translation>Das Team-Wörterbuch konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The team&apos;s replies could not be read.</source>
        <translation>Die Antworten des Teams konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Storage::AgentActions</name>
    <message>
        <source>The change could not be saved.</source>
        <translation>Die Änderung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The workspace could not be read.</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This conversation or message no longer exists.</source>
        <translation>Diese Unterhaltung oder Nachricht gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Storage::CannedResponses</name>
    <message>
        <source>Another canned response already uses the shortcut %1.</source>
        <translation>Eine andere Textvorlage verwendet bereits das Kürzel %1.</translation>
    </message>
    <message>
        <source>The canned response could not be saved.</source>
        <translation>Die Textvorlage konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The canned response could not be removed.</source>
        <translation>Die Textvorlage konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The canned responses could not be read.</source>
        <translation>Die Textvorlagen konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Storage::CrmLogQueue</name>
    <message>
        <source>The conversations to log in the CRM could not be kept.</source>
        <translation>Die im CRM zu protokollierenden Unterhaltungen konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Storage::CrmStore</name>
    <message>
        <source>The customer records could not be saved.</source>
        <translation>Die Kundendatensätze konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The customer records could not be read.</source>
        <translation>Die Kundendatensätze konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Storage::CustomerLinks</name>
    <message>
        <source>The customer&apos;s CRM details could not be read.</source>
        <translation>Die CRM-Angaben des Kunden konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The customer&apos;s CRM details could not be saved.</source>
        <translation>Die CRM-Angaben des Kunden konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Storage::CustomerMerges</name>
    <message>
        <source>The customers could not be merged.</source>
        <translation>Die Kunden konnten nicht zusammengeführt werden.</translation>
    </message>
    <message>
        <source>The merge could not be undone.</source>
        <translation>Das Zusammenführen konnte nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>A customer cannot be merged with themselves.</source>
        <translation>Ein Kunde kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
    <message>
        <source>One of the customers no longer exists, or was merged already.</source>
        <translation>Einer der Kunden existiert nicht mehr oder wurde schon zusammengeführt.</translation>
    </message>
    <message>
        <source>These are the team&apos;s customers: merging them is not possible from a desk in team mode yet.</source>
        <translation>Das sind Kunden des Teams: Im Teammodus lassen sie sich an einem Arbeitsplatz noch nicht zusammenführen.</translation>
    </message>
    <message>
        <source>This merge was undone already.</source>
        <translation>Dieses Zusammenführen wurde schon rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The customer&apos;s merges could not be read.</source>
        <translation>Die Zusammenführungen des Kunden konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The customer&apos;s likely other accounts could not be read.</source>
        <translation>Die wahrscheinlichen weiteren Konten des Kunden konnten nicht gelesen werden.</translation>
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
    <name>CareDesk::Storage::Drafts</name>
    <message>
        <source>The draft could not be saved.</source>
        <translation>Der Entwurf konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The draft could not be read.</source>
        <translation>Der Entwurf konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Storage::EscalationStore</name>
    <message>
        <source>The escalation could not be recorded.</source>
        <translation>Die Eskalation konnte nicht gespeichert werden.</translation>
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
    <name>CareDesk::Storage::ShareStore</name>
    <message>
        <source>Shared praise could not be read or saved.</source>
        <translation>Geteiltes Lob konnte nicht gelesen oder gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Storage::SurveyStore</name>
    <message>
        <source>The satisfaction survey could not be recorded.</source>
        <translation>Die Zufriedenheitsumfrage konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The conversation no longer exists.</source>
        <translation>Die Unterhaltung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The satisfaction survey could not be read.</source>
        <translation>Die Zufriedenheitsumfrage konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Storage::TranslationStore</name>
    <message>
        <source>The translation could not be saved.</source>
        <translation>Die Übersetzung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The workspace could not be read.</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This message no longer exists.</source>
        <translation>Diese Nachricht gibt es nicht mehr.</translation>
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
    <name>CareDesk::Surveys::SurveySettings</name>
    <message>
        <source>The survey kind must be off, csat or nps.</source>
        <translation>Die Umfrageart muss off, csat oder nps sein.</translation>
    </message>
    <message>
        <source>&quot;quietDays&quot; must be a whole number from 0 to %1.</source>
        <translation>&quot;quietDays&quot; muss eine ganze Zahl von 0 bis %1 sein.</translation>
    </message>
    <message>
        <source>&quot;answerDays&quot; must be a whole number from 1 to %1.</source>
        <translation>&quot;answerDays&quot; muss eine ganze Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>&quot;question&quot; must be a canned response&apos;s shortcut, such as /survey-nps.</source>
        <translation>&quot;question&quot; muss das Kürzel eines Textbausteins sein, etwa /survey-nps.</translation>
    </message>
    <message>
        <source>The survey settings are not a JSON object.</source>
        <translation>Die Umfrageeinstellungen sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The survey settings could not be read; no surveys are sent.</source>
        <translation>Die Umfrageeinstellungen konnten nicht gelesen werden; es werden keine Umfragen gesendet.</translation>
    </message>
    <message>
        <source>The survey settings have a problem; no surveys are sent.</source>
        <translation>Die Umfrageeinstellungen sind fehlerhaft; es werden keine Umfragen gesendet.</translation>
    </message>
    <message>
        <source>The survey settings could not be saved.</source>
        <translation>Die Umfrageeinstellungen konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Sync::TeamMirror</name>
    <message>
        <source>The team&apos;s conversations could not be saved in this workspace.</source>
        <translation>Die Unterhaltungen des Teams konnten in diesem Arbeitsbereich nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>Eine leere Nachricht kann nicht gesendet werden.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Sync::TeamSync</name>
    <message>
        <source>The team server cannot be reached (%1).</source>
        <translation>Der Teamserver ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>The team server answered %1.</source>
        <translation>Der Teamserver antwortete %1.</translation>
    </message>
    <message>
        <source>Signed in, but the keychain did not keep the session: you will be asked to sign in again next time. (%1)</source>
        <translation>Angemeldet, aber der Schlüsselbund hat die Sitzung nicht gespeichert: Beim nächsten Mal werden Sie erneut gefragt. (%1)</translation>
    </message>
    <message>
        <source>Sign in to the team server.</source>
        <translation>Melden Sie sich am Teamserver an.</translation>
    </message>
    <message>
        <source>Offline: working from this computer&apos;s copy; changes are sent when the team server is back.</source>
        <translation>Offline: Sie arbeiten mit der Kopie auf diesem Computer; Änderungen werden gesendet, sobald der Teamserver wieder da ist.</translation>
    </message>
    <message>
        <source>Sign in to the team server first.</source>
        <translation>Melden Sie sich zuerst am Teamserver an.</translation>
    </message>
    <message>
        <source>Nobody called %1 is on your team.</source>
        <translation>In deinem Team heißt niemand %1.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Training::PracticeClass</name>
    <message>
        <source>There is no workspace in %1 to take canned responses from.</source>
        <translation>In %1 gibt es keinen Arbeitsbereich, aus dem Textbausteine übernommen werden können.</translation>
    </message>
    <message>
        <source>The scenario %1 could not be read.</source>
        <translation>Das Szenario %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The scenario %1 has problems.</source>
        <translation>Das Szenario %1 enthält Probleme.</translation>
    </message>
    <message>
        <source>The class could not be written.</source>
        <translation>Der Kurs konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>A trainee needs a name.</source>
        <translation>Ein Teilnehmer benötigt einen Namen.</translation>
    </message>
    <message>
        <source>%1 is named twice.</source>
        <translation>%1 ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>A practice inbox needs at least one trainee.</source>
        <translation>Ein Übungs-Posteingang benötigt mindestens einen Teilnehmer.</translation>
    </message>
    <message>
        <source>%1 is not empty; a class starts in a new folder.</source>
        <translation>%1 ist nicht leer; ein Kurs beginnt in einem neuen Ordner.</translation>
    </message>
    <message>
        <source>The class folder could not be created.</source>
        <translation>Der Kursordner konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 holds no practice class.</source>
        <translation>%1 enthält keinen Übungskurs.</translation>
    </message>
    <message>
        <source>The class in %1 names a folder outside it for %2; a trainee&apos;s folder must be one folder inside the class.</source>
        <translation>Die Klasse in %1 nennt für %2 einen Ordner außerhalb der Klasse; der Ordner eines Trainees muss ein Ordner innerhalb der Klasse sein.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Training::PracticeDesk</name>
    <message>
        <source>The notes could not be saved.</source>
        <translation>Die Notizen konnten nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Training::PracticeReport</name>
    <message>
        <source>The customer&apos;s message never came in this run.</source>
        <translation>Die Kundennachricht ist in diesem Durchlauf nie eingegangen.</translation>
    </message>
    <message>
        <source>The conversation was not resolved.</source>
        <translation>Die Konversation wurde nicht gelöst.</translation>
    </message>
    <message>
        <source>Resolved %1 s after the customer&apos;s message.</source>
        <translation>Gelöst %1 s nach der Kundennachricht.</translation>
    </message>
    <message>
        <source>Resolved %1 s after the customer&apos;s message, later than %2 s.</source>
        <translation>Gelöst %1 s nach der Kundennachricht, später als %2 s.</translation>
    </message>
    <message>
        <source>No reply after the customer&apos;s message.</source>
        <translation>Keine Antwort nach der Kundennachricht.</translation>
    </message>
    <message>
        <source>No private reply.</source>
        <translation>Keine private Antwort.</translation>
    </message>
    <message>
        <source>No public reply.</source>
        <translation>Keine öffentliche Antwort.</translation>
    </message>
    <message>
        <source>No such reply within %1 s; the first came after %2 s.</source>
        <translation>Keine solche Antwort innerhalb von %1 s; die erste kam nach %2 s.</translation>
    </message>
    <message>
        <source>No such reply says any of: %1.</source>
        <translation>Keine solche Antwort enthält einen dieser Begriffe: %1.</translation>
    </message>
    <message>
        <source>Answered %1 s after the customer&apos;s message.</source>
        <translation>Beantwortet %1 s nach der Kundennachricht.</translation>
    </message>
    <message>
        <source>The practice workspace could not be read.</source>
        <translation>Der Übungsarbeitsbereich konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The practice scenario %1 could not be read.</source>
        <translation>Das Übungsszenario %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The practice scenario %1 has problems.</source>
        <translation>Das Übungsszenario %1 enthält Probleme.</translation>
    </message>
    <message>
        <source>There is no workspace in %1.</source>
        <translation>In %1 gibt es keinen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>This workspace keeps no record of the canned responses sent.</source>
        <translation>Dieser Arbeitsbereich zeichnet gesendete Textbausteine nicht auf.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Training::PracticeWorkspace</name>
    <message>
        <source>The practice workspace could not be written.</source>
        <translation>Der Übungsarbeitsbereich konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The practice workspace could not be set up.</source>
        <translation>Der Übungsarbeitsbereich konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>The scenario has problems.</source>
        <translation>Das Szenario enthält Probleme.</translation>
    </message>
    <message>
        <source>The practice workspace folder could not be created.</source>
        <translation>Der Ordner für den Übungsarbeitsbereich konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>%1 is not empty; a practice workspace starts in a new folder.</source>
        <translation>%1 ist nicht leer; ein Übungsarbeitsbereich beginnt in einem neuen Ordner.</translation>
    </message>
    <message>
        <source>%1 is not a practice workspace.</source>
        <translation>%1 ist kein Übungsarbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Training::ScenarioBuilder</name>
    <message>
        <source>A scenario needs at least one conversation.</source>
        <translation>Ein Szenario benötigt mindestens eine Konversation.</translation>
    </message>
    <message>
        <source>There are no past conversations with customers&apos; messages to make a scenario from.</source>
        <translation>Es gibt keine früheren Konversationen mit Kundennachrichten, aus denen sich ein Szenario erstellen ließe.</translation>
    </message>
    <message>
        <source>%1: %2 past conversations, anonymised</source>
        <translation>%1: %2 frühere Konversationen, anonymisiert</translation>
    </message>
    <message>
        <source>Moves %1 to a private message, as the agent did.</source>
        <translation>Verlagert %1 in eine Privatnachricht, wie es der Agent getan hat.</translation>
    </message>
    <message>
        <source>Answers %1, as the agent did.</source>
        <translation>Beantwortet %1, wie es der Agent getan hat.</translation>
    </message>
    <message>
        <source>Resolves the conversation with %1, as the agent did.</source>
        <translation>Löst die Konversation mit %1, wie es der Agent getan hat.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Translation::ApertiumTranslator</name>
    <message>
        <source>Apertium is not installed on this computer (%1).</source>
        <translation>Apertium ist auf diesem Computer nicht installiert (%1).</translation>
    </message>
    <message>
        <source>Apertium has no language pairs installed (Debian: apertium-eng-spa, apertium-es-pt, ...).</source>
        <translation>Für Apertium sind keine Sprachpaare installiert (Debian: apertium-eng-spa, apertium-es-pt, ...).</translation>
    </message>
    <message>
        <source>Apertium could not be started.</source>
        <translation>Apertium konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Apertium took too long to translate.</source>
        <translation>Apertium hat zu lange für die Übersetzung gebraucht.</translation>
    </message>
    <message>
        <source>Apertium could not translate the text.</source>
        <translation>Apertium konnte den Text nicht übersetzen.</translation>
    </message>
    <message>
        <source>Apertium cannot translate from %1 to %2 on this computer.</source>
        <translation>Apertium kann auf diesem Computer nicht von %1 nach %2 übersetzen.</translation>
    </message>
    <message>
        <source>Installed directions: %1</source>
        <translation>Installierte Richtungen: %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::Translation::PrivacyMask</name>
    <message>
        <source>The translation lost a part that must stay as written: personal data hidden from the translation service, or a {variable}.</source>
        <translation>Bei der Übersetzung ging ein Teil verloren, der unverändert bleiben muss: personenbezogene Daten, die dem Übersetzungsdienst verborgen wurden, oder eine {Variable}.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Translation::ProviderConfig</name>
    <message>
        <source>The translation settings are not a JSON object.</source>
        <translation>Die Übersetzungseinstellungen sind kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The translation settings name no known provider (&quot;provider&quot;: &quot;apertium&quot;, &quot;libretranslate&quot;, &quot;deepl&quot; or &quot;off&quot;).</source>
        <translation>Die Übersetzungseinstellungen nennen keinen bekannten Anbieter (&quot;provider&quot;: &quot;apertium&quot;, &quot;libretranslate&quot;, &quot;deepl&quot; oder &quot;off&quot;).</translation>
    </message>
    <message>
        <source>&quot;credential&quot; must name a keychain entry or an environment variable.</source>
        <translation>&quot;credential&quot; muss einen Schlüsselbund-Eintrag oder eine Umgebungsvariable nennen.</translation>
    </message>
    <message>
        <source>The translation settings hold a secret (&quot;%1&quot;). Keep it in the keychain and name the entry in &quot;credential&quot;.</source>
        <translation>Die Übersetzungseinstellungen enthalten ein Geheimnis (&quot;%1&quot;). Bewahren Sie es im Schlüsselbund auf und nennen Sie den Eintrag in &quot;credential&quot;.</translation>
    </message>
    <message>
        <source>LibreTranslate needs the address of its server (&quot;apiBaseUrl&quot;).</source>
        <translation>LibreTranslate braucht die Adresse seines Servers (&quot;apiBaseUrl&quot;).</translation>
    </message>
    <message>
        <source>&quot;apiBaseUrl&quot; must be an https:// address: customer text would cross the network unencrypted. Plain http:// is taken only on this machine (localhost, 127.0.0.1, ::1).</source>
        <translation>&quot;apiBaseUrl&quot; muss eine https://-Adresse sein: Kundentexte würden sonst unverschlüsselt durchs Netz gehen. Einfaches http:// wird nur auf diesem Rechner angenommen (localhost, 127.0.0.1, ::1).</translation>
    </message>
    <message>
        <source>DeepL needs an API key: name its keychain entry in &quot;credential&quot;.</source>
        <translation>DeepL braucht einen API-Schlüssel: Nennen Sie seinen Schlüsselbund-Eintrag in &quot;credential&quot;.</translation>
    </message>
    <message>
        <source>The translation settings %1 could not be read.</source>
        <translation>Die Übersetzungseinstellungen %1 konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The translation settings could not be saved.</source>
        <translation>Die Übersetzungseinstellungen konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Translation is off: no text is translated.</source>
        <translation>Die Übersetzung ist aus: Es wird kein Text übersetzt.</translation>
    </message>
    <message>
        <source>Apertium translates on this computer: no customer or agent text leaves it.</source>
        <translation>Apertium übersetzt auf diesem Computer: Kein Text von Kunden oder Agenten verlässt ihn.</translation>
    </message>
    <message>
        <source>Messages you translate and the replies you write are sent to the LibreTranslate server at %1. Personal data (e-mail addresses, phone and card numbers, the team&apos;s own identifiers) is replaced by placeholders first.</source>
        <translation>Nachrichten, die Sie übersetzen, und Ihre Antworten werden an den LibreTranslate-Server unter %1 gesendet. Personenbezogene Daten (E-Mail-Adressen, Telefon- und Kartennummern, die eigenen Kennungen des Teams) werden vorher durch Platzhalter ersetzt.</translation>
    </message>
    <message>
        <source>Messages you translate and the replies you write are sent to DeepL&apos;s cloud service (%1). Personal data (e-mail addresses, phone and card numbers, the team&apos;s own identifiers) is replaced by placeholders first.</source>
        <translation>Nachrichten, die Sie übersetzen, und Ihre Antworten werden an den Cloud-Dienst von DeepL (%1) gesendet. Personenbezogene Daten (E-Mail-Adressen, Telefon- und Kartennummern, die eigenen Kennungen des Teams) werden vorher durch Platzhalter ersetzt.</translation>
    </message>
    <message>
        <source>DeepL needs an API key; enter it in Settings › Translation.</source>
        <translation>DeepL braucht einen API-Schlüssel; geben Sie ihn unter Einstellungen › Sprachen ein.</translation>
    </message>
    <message>
        <source>Translation is off in this workspace&apos;s settings.</source>
        <translation>Die Übersetzung ist in den Einstellungen dieses Arbeitsbereichs aus.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Translation::RemoteTranslator</name>
    <message>
        <source>The translation service&apos;s answer could not be read.</source>
        <translation>Die Antwort des Übersetzungsdienstes konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>There is no text to translate.</source>
        <translation>Es gibt keinen Text zum Übersetzen.</translation>
    </message>
    <message>
        <source>The text is too long to translate (%1 characters; at most %2 go to a translation service at once).</source>
        <translation>Der Text ist zu lang zum Übersetzen (%1 Zeichen; höchstens %2 gehen auf einmal an einen Übersetzungsdienst).</translation>
    </message>
    <message>
        <source>The translation service at %1 did not answer.</source>
        <translation>Der Übersetzungsdienst unter %1 hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>The translation service refused the API key. Check the key in Settings › Translation.</source>
        <translation>Der Übersetzungsdienst hat den API-Schlüssel abgelehnt. Prüfen Sie den Schlüssel unter Einstellungen › Sprachen.</translation>
    </message>
    <message>
        <source>The translation service&apos;s quota is used up for this period.</source>
        <translation>Das Kontingent des Übersetzungsdienstes ist für diesen Zeitraum aufgebraucht.</translation>
    </message>
    <message>
        <source>The translation service is receiving too many requests; try again in a moment.</source>
        <translation>Der Übersetzungsdienst erhält zu viele Anfragen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The translation service is receiving too many requests; try again in %1 s.</source>
        <translation>Der Übersetzungsdienst erhält zu viele Anfragen; versuchen Sie es in %1 s noch einmal.</translation>
    </message>
    <message>
        <source>The text is too long for the translation service.</source>
        <translation>Der Text ist für den Übersetzungsdienst zu lang.</translation>
    </message>
    <message>
        <source>The translation service had a problem (HTTP %1); try again later.</source>
        <translation>Der Übersetzungsdienst hatte ein Problem (HTTP %1); versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The translation service refused the request.</source>
        <translation>Der Übersetzungsdienst hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The translation service refused the request: %1</source>
        <translation>Der Übersetzungsdienst hat die Anfrage abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::Triage::CategoryRules</name>
    <message>
        <source>The category rules are not valid JSON.</source>
        <translation>Die Kategorieregeln sind kein gültiges JSON.</translation>
    </message>
    <message>
        <source>This is not a CareDesk category rules file.</source>
        <translation>Dies ist keine Kategorieregel-Datei von CareDesk.</translation>
    </message>
    <message>
        <source>A pattern of the category &quot;%1&quot; is not valid.</source>
        <translation>Ein Muster der Kategorie „%1“ ist ungültig.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Triage::PiiScanner</name>
    <message>
        <source>The personal-data patterns file is not valid JSON.</source>
        <translation>Die Datei mit Mustern für personenbezogene Daten ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>Pattern %1 in the personal-data patterns file is not usable.</source>
        <translation>Muster %1 in der Datei für personenbezogene Daten ist nicht verwendbar.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Triage::SlaPolicy</name>
    <message>
        <source>The SLA policy is not a JSON object.</source>
        <translation>Die SLA-Richtlinie ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>firstResponseMinutes: a whole number from 1 to %1</source>
        <translation>firstResponseMinutes: eine ganze Zahl von 1 bis %1</translation>
    </message>
    <message>
        <source>timeZone: unknown time zone &quot;%1&quot;</source>
        <translation>timeZone: unbekannte Zeitzone &quot;%1&quot;</translation>
    </message>
    <message>
        <source>hours: an object of days</source>
        <translation>hours: ein Objekt mit Tagen</translation>
    </message>
    <message>
        <source>hours.%1: not a day (mon, tue, wed, thu, fri, sat, sun)</source>
        <translation>hours.%1: kein Tag (mon, tue, wed, thu, fri, sat, sun)</translation>
    </message>
    <message>
        <source>hours.%1: [&quot;HH:mm&quot;, &quot;HH:mm&quot;] or null</source>
        <translation>hours.%1: [&quot;HH:mm&quot;, &quot;HH:mm&quot;] oder null</translation>
    </message>
    <message>
        <source>hours.%1: the closing time must come after the opening time</source>
        <translation>hours.%1: Die Schließzeit muss nach der Öffnungszeit liegen</translation>
    </message>
    <message>
        <source>holidays[%1]: a date like 2026-12-25</source>
        <translation>holidays[%1]: ein Datum wie 2026-12-25</translation>
    </message>
    <message>
        <source>The SLA policy has a problem.</source>
        <translation>Die SLA-Richtlinie enthält einen Fehler.</translation>
    </message>
    <message>
        <source>autoResolveDays: a whole number from 1 to %1</source>
        <translation>autoResolveDays: eine ganze Zahl von 1 bis %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::Triage::TriageEngine</name>
    <message>
        <source>Service request</source>
        <translation>Serviceanfrage</translation>
    </message>
    <message>
        <source>Warranty claim</source>
        <translation>Garantiefall</translation>
    </message>
    <message>
        <source>Pre-sales question</source>
        <translation>Frage vor dem Kauf</translation>
    </message>
    <message>
        <source>Praise</source>
        <translation>Lob</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Wide reach: %1 followers</source>
        <translation>Große Reichweite: %1 Follower</translation>
    </message>
    <message>
        <source>Reach: %1 followers</source>
        <translation>Reichweite: %1 Follower</translation>
    </message>
    <message>
        <source>Verified account</source>
        <translation>Verifiziertes Konto</translation>
    </message>
    <message>
        <source>Customer tier: %1</source>
        <translation>Kundenstufe: %1</translation>
    </message>
    <message>
        <source>Urgent or upset wording: %1</source>
        <translation>Dringende oder verärgerte Worte: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier message(s) still unanswered</source>
        <translation>
            <numerusform>%n frühere Nachricht noch unbeantwortet</numerusform>
            <numerusform>%n frühere Nachrichten noch unbeantwortet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reply overdue by %n minute(s)</source>
        <translation>
            <numerusform>Antwort seit %n Minute überfällig</numerusform>
            <numerusform>Antwort seit %n Minuten überfällig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reply due in %n minute(s)</source>
        <translation>
            <numerusform>Antwort fällig in %n Minute</numerusform>
            <numerusform>Antwort fällig in %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Reply overdue by %n hour(s)</source>
        <translation>
            <numerusform>Antwort seit %n Stunde überfällig</numerusform>
            <numerusform>Antwort seit %n Stunden überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Existing customer</source>
        <translation>Bestandskunde</translation>
    </message>
    <message>
        <source>Existing customer: %1</source>
        <translation>Bestandskunde: %1</translation>
    </message>
    <message>
        <source>Escalation rule: %1</source>
        <translation>Eskalationsregel: %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::Workspace::CrmDesk</name>
    <message>
        <source>This is the team&apos;s customer: the team server matches them in the CRM.</source>
        <translation>Das ist ein Kunde des Teams: Der Teamserver gleicht ihn im CRM ab.</translation>
    </message>
    <message>
        <source>The CRM has no key or token yet: run caredesk-cli crm connect, or put it in the keychain entry %1.</source>
        <translation>Das CRM hat noch keinen Schlüssel oder Token: caredesk-cli crm connect ausführen oder ihn im Schlüsselbund-Eintrag %1 ablegen.</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
</context>
<context>
    <name>CareDesk::Workspace::CrmLogSender</name>
    <message>
        <source>The team&apos;s CRM changed before this was logged.</source>
        <translation>Das CRM des Teams hat sich geändert, bevor dies protokolliert wurde.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Workspace::EscalationDesk</name>
    <message>
        <source>This conversation is escalated already and waits to be taken.</source>
        <translation>Diese Konversation ist bereits eskaliert und wartet darauf, übernommen zu werden.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Workspace::ShareDesk</name>
    <message>
        <source>Only a customer&apos;s public praise can be shared, in the ways its channel allows.</source>
        <translation>Nur öffentliches Lob von Kunden kann geteilt werden, auf die Arten, die sein Kanal erlaubt.</translation>
    </message>
    <message>
        <source>A quote post needs a few words of the team&apos;s own.</source>
        <translation>Ein Zitat-Post braucht ein paar eigene Worte des Teams.</translation>
    </message>
    <message>
        <source>This message has been shared that way already.</source>
        <translation>Diese Nachricht wurde auf diese Art schon geteilt.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Workspace::ShiftDesk</name>
    <message>
        <source>A shift roster is kept by the team server: sign in first.</source>
        <translation>Ein Schichtplan wird vom Teamserver geführt: Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>The team&apos;s roster is saved on the team server.</source>
        <translation>Der Schichtplan des Teams ist auf dem Teamserver gespeichert.</translation>
    </message>
    <message>
        <source>Your shift-change post is on its way to %1.</source>
        <translation>Ihr Post zum Schichtwechsel ist unterwegs zu %1.</translation>
    </message>
    <message>
        <source>No shift-change post this time.</source>
        <translation>Diesmal kein Post zum Schichtwechsel.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Workspace::SurveyDesk</name>
    <message>
        <source>The satisfaction survey could not be queued.</source>
        <translation>Die Zufriedenheitsumfrage konnte nicht eingereiht werden.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Workspace::TranscriptExport</name>
    <message>
        <source>%1 · %2 · status %3 · category %4 · priority %5</source>
        <translation>%1 · %2 · Status %3 · Kategorie %4 · Priorität %5</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>private message</source>
        <translation>Direktnachricht</translation>
    </message>
    <message>
        <source>public</source>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>Priority reasons: %1</source>
        <translation>Gründe für die Priorität: %1</translation>
    </message>
</context>
<context>
    <name>CareDesk::Workspace::TranslationDesk</name>
    <message>
        <source>Translation is off in this workspace.</source>
        <translation>Die Übersetzung ist in diesem Arbeitsbereich aus.</translation>
    </message>
    <message>
        <source>%1 has no way from this language here; a LibreTranslate or DeepL service can be chosen in Settings › Languages.</source>
        <translation>%1 kann diese Sprache hier nicht übersetzen; ein LibreTranslate- oder DeepL-Dienst lässt sich unter Einstellungen › Sprachen wählen.</translation>
    </message>
</context>
<context>
    <name>CareDesk::Workspace::WorkspaceService</name>
    <message>
        <source>The team&apos;s translation settings were not changed: %1</source>
        <translation>Die Übersetzungseinstellungen des Teams wurden nicht geändert: %1</translation>
    </message>
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
    <message>
        <source>The team&apos;s category rules could not be read; the built-in rules are used.</source>
        <translation>Die Kategorieregeln des Teams konnten nicht gelesen werden; die eingebauten Regeln werden verwendet.</translation>
    </message>
    <message>
        <source>The team&apos;s category rules have a problem; the built-in rules are used.</source>
        <translation>Die Kategorieregeln des Teams sind fehlerhaft; die eingebauten Regeln werden verwendet.</translation>
    </message>
    <message>
        <source>No saved sign-in was found for %1; connect the account again.</source>
        <translation>Für %1 wurde keine gespeicherte Anmeldung gefunden; verbinden Sie das Konto erneut.</translation>
    </message>
    <message>
        <source>The workspace is not open.</source>
        <translation>Der Arbeitsbereich ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>There is no channel called %1 here.</source>
        <translation>Hier gibt es keinen Kanal namens %1.</translation>
    </message>
    <message>
        <source>The channel %1 is not ready yet.</source>
        <translation>Der Kanal %1 ist noch nicht bereit.</translation>
    </message>
    <message>
        <source>The reply could not be queued.</source>
        <translation>Die Antwort konnte nicht eingereiht werden.</translation>
    </message>
    <message>
        <source>Too late to undo: the reply is already on its way.</source>
        <translation>Zu spät zum Zurückholen: Die Antwort ist schon unterwegs.</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>Eine leere Nachricht kann nicht gesendet werden.</translation>
    </message>
    <message>
        <source>Waiting for the team server.</source>
        <translation>Wartet auf den Teamserver.</translation>
    </message>
    <message>
        <source>%1 has no account to sign in to from here.</source>
        <translation>%1 hat kein Konto, bei dem man sich von hier aus anmelden kann.</translation>
    </message>
    <message>
        <source>%1 is connected for now, but the keychain did not keep its sign-in: connect it again after a restart.</source>
        <translation>%1 ist vorerst verbunden, aber der Schlüsselbund hat die Anmeldung nicht behalten: nach einem Neustart erneut verbinden.</translation>
    </message>
    <message>
        <source>The team&apos;s SLA policy could not be read; answers are due an hour after each message.</source>
        <translation>Die SLA-Richtlinie des Teams konnte nicht gelesen werden; Antworten sind eine Stunde nach jeder Nachricht fällig.</translation>
    </message>
    <message>
        <source>The team server did not take the review: %1</source>
        <translation>Der Teamserver hat die Bewertung nicht angenommen: %1</translation>
    </message>
    <message>
        <source>The team&apos;s routing and SLA are saved on the team server.</source>
        <translation>Routing und SLA des Teams werden auf dem Teamserver gespeichert.</translation>
    </message>
    <message>
        <source>The SLA policy could not be saved.</source>
        <translation>Die SLA-Richtlinie konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved. New conversations are due by these rules.</source>
        <translation>Gespeichert. Neue Konversationen sind nach diesen Regeln fällig.</translation>
    </message>
    <message>
        <source>The scenario could not be written to %1.</source>
        <translation>Das Szenario konnte nicht in %1 geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s) became a practice scenario; %1 names, handles and personal details were replaced.</source>
        <translation>
            <numerusform>%n Konversation wurde zu einem Übungsszenario; %1 Namen, Benutzernamen und persönliche Angaben wurden ersetzt.</numerusform>
            <numerusform>%n Konversationen wurden zu einem Übungsszenario; %1 Namen, Benutzernamen und persönliche Angaben wurden ersetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team&apos;s reviews of your work could not be fetched.</source>
        <translation>Die Bewertungen Ihrer Arbeit durch das Team konnten nicht abgerufen werden.</translation>
    </message>
    <message>
        <source>The team&apos;s personal-data patterns could not be read; only the built-in kinds of personal data are checked.</source>
        <translation>Die eigenen Muster für personenbezogene Daten des Teams konnten nicht gelesen werden; nur die eingebauten Arten personenbezogener Daten werden geprüft.</translation>
    </message>
    <message>
        <source>The team&apos;s personal-data patterns have a problem; only the built-in kinds of personal data are checked.</source>
        <translation>Die eigenen Muster für personenbezogene Daten des Teams sind fehlerhaft; nur die eingebauten Arten personenbezogener Daten werden geprüft.</translation>
    </message>
    <message>
        <source>The team dictionary was not changed: %1</source>
        <translation>Das Team-Wörterbuch wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>Sharing a team conversation&apos;s praise is not possible from a desk yet.</source>
        <translation>Das Lob einer Team-Unterhaltung lässt sich von einem Arbeitsplatz aus noch nicht teilen.</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>A reply on Facebook needs the comment it answers.</source>
        <translation>Eine Antwort auf Facebook braucht den Kommentar, auf den sie antwortet.</translation>
    </message>
    <message>
        <source>Facebook answered without the id of the new message.</source>
        <translation>Facebook hat ohne die ID der neuen Nachricht geantwortet.</translation>
    </message>
    <message>
        <source>Facebook could not be reached: %1</source>
        <translation>Facebook war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Facebook asks to wait before the next request (%1).</source>
        <translation>Facebook bittet, vor der nächsten Anfrage zu warten (%1).</translation>
    </message>
    <message>
        <source>Facebook no longer accepts this Page&apos;s token; connect the Page again (%1).</source>
        <translation>Facebook akzeptiert das Token dieser Seite nicht mehr; verbinden Sie die Seite erneut (%1).</translation>
    </message>
    <message>
        <source>Facebook had a passing problem (%1); trying again later.</source>
        <translation>Facebook hatte ein vorübergehendes Problem (%1); später neuer Versuch.</translation>
    </message>
    <message>
        <source>Messenger allows no reply this long after the customer&apos;s last message. Answer publicly or wait for the customer to write again.</source>
        <translation>Messenger erlaubt so lange nach der letzten Nachricht des Kunden keine Antwort. Antworten Sie öffentlich oder warten Sie, bis der Kunde wieder schreibt.</translation>
    </message>
    <message>
        <source>The Page&apos;s token lacks a permission: %1</source>
        <translation>Dem Token der Seite fehlt eine Berechtigung: %1</translation>
    </message>
    <message>
        <source>This person cannot be reached on Messenger right now.</source>
        <translation>Diese Person ist im Messenger gerade nicht erreichbar.</translation>
    </message>
    <message>
        <source>This comment already has a private reply; Messenger allows only one.</source>
        <translation>Dieser Kommentar hat schon eine private Antwort; Messenger erlaubt nur eine.</translation>
    </message>
    <message>
        <source>Facebook had a problem answering (%1); trying again later.</source>
        <translation>Facebook hatte ein Problem beim Antworten (%1); später neuer Versuch.</translation>
    </message>
    <message>
        <source>Facebook refused the request: %1</source>
        <translation>Facebook hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>An empty message cannot be sent.</source>
        <translation>Eine leere Nachricht kann nicht gesendet werden.</translation>
    </message>
    <message>
        <source>A direct message needs the customer&apos;s X user id.</source>
        <translation>Eine Direktnachricht braucht die X-Benutzer-ID des Kunden.</translation>
    </message>
    <message>
        <source>X answered without the id of the new post.</source>
        <translation>X hat ohne die ID des neuen Beitrags geantwortet.</translation>
    </message>
    <message>
        <source>The token belongs to %1 (id %2), not to the configured account id %3.</source>
        <translation>Das Token gehört zu %1 (ID %2), nicht zur eingestellten Konto-ID %3.</translation>
    </message>
    <message>
        <source>X could not be reached: %1</source>
        <translation>X war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>X asks to wait before the next request (%1).</source>
        <translation>X bittet, vor der nächsten Anfrage zu warten (%1).</translation>
    </message>
    <message>
        <source>X no longer accepts this channel&apos;s authorisation; connect the account again (%1).</source>
        <translation>X akzeptiert die Autorisierung dieses Kanals nicht mehr; verbinden Sie das Konto erneut (%1).</translation>
    </message>
    <message>
        <source>X had a problem answering (%1); trying again later.</source>
        <translation>X hatte ein Problem beim Antworten (%1); später neuer Versuch.</translation>
    </message>
    <message>
        <source>X does not allow this app to do that: %1</source>
        <translation>X erlaubt dieser App das nicht: %1</translation>
    </message>
    <message>
        <source>X refused the request: %1</source>
        <translation>X hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The workspace could not be read.</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This copy of CareDesk is damaged: its database schema is missing. Install it again.</source>
        <translation>Diese CareDesk-Installation ist beschädigt: Ihr Datenbankschema fehlt. Bitte installieren Sie CareDesk neu.</translation>
    </message>
    <message>
        <source>The translation service&apos;s answer could not be read.</source>
        <translation>Die Antwort des Übersetzungsdienstes konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 conversation with %2, resolved</source>
        <translation>%1-Unterhaltung mit %2, gelöst</translation>
    </message>
    <message>
        <source> [private]</source>
        <translation> [privat]</translation>
    </message>
    <message>
        <source>Facebook has no reposts or quote posts from a Page; like the comment instead.</source>
        <translation>Facebook kennt keine Reposts oder Zitat-Posts einer Seite; markieren Sie den Kommentar stattdessen mit „Gefällt mir“.</translation>
    </message>
    <message>
        <source>Facebook did not confirm the like.</source>
        <translation>Facebook hat das „Gefällt mir“ nicht bestätigt.</translation>
    </message>
    <message>
        <source>Facebook answered without the id of the new post.</source>
        <translation>Facebook hat ohne die ID des neuen Posts geantwortet.</translation>
    </message>
    <message>
        <source>This channel shares on X by reposting, not by liking.</source>
        <translation>Dieser Kanal teilt auf X durch Reposten, nicht mit „Gefällt mir“.</translation>
    </message>
    <message>
        <source>X did not confirm the repost.</source>
        <translation>X hat den Repost nicht bestätigt.</translation>
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
    <message>
        <source>With --screenshot: the view to capture: inbox, conversation, composer, customer, settings, review, dashboard, queue, trainer, translation (a reply translated with its check), spelling (a draft&apos;s slips with suggestions), languages (Settings › Languages), find-in-crm (Find in CRM… with a search), detractors (the leads&apos; view of unhappy survey answers), escalations (the leads&apos; view of escalated cases), roster (a team&apos;s shift roster) or shift-post (the shift-change post proposed when a shift starts); default inbox.</source>
        <translation>Mit --screenshot: die aufzunehmende Ansicht: inbox, conversation, composer, customer, settings, review, dashboard, queue, trainer, translation (eine übersetzte Antwort mit ihrer Prüfung), spelling (die Tippfehler eines Entwurfs mit Vorschlägen), languages (Einstellungen › Sprachen), find-in-crm (Im CRM suchen… mit einer Suche), detractors (die Ansicht der Teamleitung für unzufriedene Umfrageantworten), escalations (die Ansicht der Teamleitung für eskalierte Fälle), roster (der Schichtplan eines Teams) oder shift-post (der zu Schichtbeginn vorgeschlagene Post zum Schichtwechsel); Standard: inbox.</translation>
    </message>
    <message>
        <source>--view needs one of: inbox, conversation, composer, customer, settings, review, dashboard, queue, trainer, translation, spelling, languages, find-in-crm, detractors, escalations, roster, shift-post.</source>
        <translation>--view braucht eines von: inbox, conversation, composer, customer, settings, review, dashboard, queue, trainer, translation, spelling, languages, find-in-crm, detractors, escalations, roster, shift-post.</translation>
    </message>
</context>
<context>
    <name>caredesk-server</name>
    <message>
        <source>Match the team&apos;s customers in the CRM that &lt;file&gt; describes (crm.json: plugin, credential, tierPoints; &quot;team&quot; names the team), once for every desk.</source>
        <translation>Die Kunden des Teams im CRM abgleichen, das &lt;file&gt; beschreibt (crm.json: plugin, credential, tierPoints; &quot;team&quot; nennt das Team), einmal für alle Arbeitsplätze.</translation>
    </message>
    <message>
        <source>CareDesk team server: shared queue, exclusive assignment and sync.</source>
        <translation>CareDesk-Teamserver: gemeinsame Warteschlange, exklusive Zuweisung und Synchronisierung.</translation>
    </message>
    <message>
        <source>Keep the server&apos;s SQLite database in &lt;dir&gt;.</source>
        <translation>Die SQLite-Datenbank des Servers in &lt;dir&gt; ablegen.</translation>
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
        <source>CareDesk server listening on %1://%2:%3/</source>
        <translation>CareDesk-Server lauscht auf %1://%2:%3/</translation>
    </message>
    <message>
        <source>Usage: caredesk-server user add LOGIN --role agent|lead|trainer|admin (password on stdin)</source>
        <translation>Aufruf: caredesk-server user add LOGIN --role agent|lead|trainer|admin (Passwort über die Standardeingabe)</translation>
    </message>
    <message>
        <source>--role must be agent, lead, trainer or admin.</source>
        <translation>--role muss agent, lead, trainer oder admin sein.</translation>
    </message>
    <message>
        <source>--capacity must be a number.</source>
        <translation>--capacity muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>Give a password of at least 8 characters on the first line of standard input.</source>
        <translation>Geben Sie in der ersten Zeile der Standardeingabe ein Passwort mit mindestens 8 Zeichen an.</translation>
    </message>
    <message>
        <source>The password could not be hashed (not enough memory?).</source>
        <translation>Das Passwort konnte nicht gehasht werden (zu wenig Speicher?).</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 (%2) hinzugefügt.</translation>
    </message>
    <message>
        <source>user add: the account&apos;s role: agent, lead, trainer or admin.</source>
        <translation>user add: die Rolle des Kontos: agent, lead, trainer oder admin.</translation>
    </message>
    <message>
        <source>user add: the team (created if new; default &quot;default&quot;).</source>
        <translation>user add: das Team (wird angelegt, wenn neu; Standard „default“).</translation>
    </message>
    <message>
        <source>user add: the name colleagues see.</source>
        <translation>user add: der Name, den Kolleginnen und Kollegen sehen.</translation>
    </message>
    <message>
        <source>user add: languages the agent answers in, e.g. en,de (default: any).</source>
        <translation>user add: Sprachen, in denen die Person antwortet, z. B. en,de (Standard: alle).</translation>
    </message>
    <message>
        <source>user add: categories the agent handles, e.g. service,warranty (default: any).</source>
        <translation>user add: Kategorien, die die Person bearbeitet, z. B. service,warranty (Standard: alle).</translation>
    </message>
    <message>
        <source>user add: open conversations the agent holds at most (default 8).</source>
        <translation>user add: höchstens so viele offene Unterhaltungen gleichzeitig (Standard 8).</translation>
    </message>
    <message>
        <source>Serve HTTPS and WSS with this PEM certificate (chain) &lt;file&gt;.</source>
        <translation>HTTPS und WSS mit diesem PEM-Zertifikat (Kette) &lt;file&gt; anbieten.</translation>
    </message>
    <message>
        <source>The unencrypted PEM private key for --tls-cert.</source>
        <translation>Der unverschlüsselte private PEM-Schlüssel zu --tls-cert.</translation>
    </message>
    <message>
        <source>Run the channel described in &lt;file&gt; for the team (repeat for more; secrets from the environment or keychain).</source>
        <translation>Den in &lt;file&gt; beschriebenen Kanal für das Team betreiben (für mehrere wiederholen; Geheimnisse aus der Umgebung oder dem Schlüsselbund).</translation>
    </message>
    <message>
        <source>Add an account; its password is read from standard input.</source>
        <translation>Ein Konto hinzufügen; das Passwort wird von der Standardeingabe gelesen.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See --help.</source>
        <translation>Unbekannter Befehl „%1“. Siehe --help.</translation>
    </message>
    <message>
        <source>The config file %1 could not be read as a JSON object.</source>
        <translation>Die Konfigurationsdatei %1 konnte nicht als JSON-Objekt gelesen werden.</translation>
    </message>
    <message>
        <source>The config file has an unknown option &quot;%1&quot;.</source>
        <translation>Die Konfigurationsdatei enthält eine unbekannte Option „%1“.</translation>
    </message>
    <message>
        <source>Keep this token safe: it is shown only now. It may only send items to POST /v1/ingest.</source>
        <translation>Bewahren Sie dieses Token sicher auf: Es wird nur jetzt angezeigt. Es darf nur Einträge an POST /v1/ingest senden.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together.</source>
        <translation>--tls-cert und --tls-key gehören zusammen.</translation>
    </message>
    <message>
        <source>Make (or revoke) a token another system uses to send items to POST /v1/ingest (--team).</source>
        <translation>Ein Token erstellen (oder widerrufen), mit dem ein anderes System Einträge an POST /v1/ingest sendet (--team).</translation>
    </message>
    <message>
        <source>Usage: caredesk-server token add|remove NAME [--team TEAM]</source>
        <translation>Aufruf: caredesk-server token add|remove NAME [--team TEAM]</translation>
    </message>
    <message>
        <source>There is no integration called %1.</source>
        <translation>Es gibt keine Integration namens %1.</translation>
    </message>
    <message>
        <source>The token of %1 no longer works.</source>
        <translation>Das Token von %1 funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>There is no account called %1.</source>
        <translation>Es gibt kein Konto namens %1.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in; their open conversations are back in the queue, and what they wrote stays.</source>
        <translation>%1 kann sich nicht mehr anmelden; die offenen Unterhaltungen sind wieder in der Warteschlange, und was geschrieben wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <source>%1 has a new password; their sessions have ended.</source>
        <translation>%1 hat ein neues Passwort; die bisherigen Sitzungen sind beendet.</translation>
    </message>
    <message>
        <source>Close an account (history stays), or set a new password from standard input.</source>
        <translation>Ein Konto schließen (der Verlauf bleibt) oder ein neues Passwort von der Standardeingabe setzen.</translation>
    </message>
    <message>
        <source>request line and headers, bytes</source>
        <translation>Anfragezeile und Kopfzeilen, Bytes</translation>
    </message>
    <message>
        <source>request body outside ingest, bytes</source>
        <translation>Inhalt einer Anfrage außerhalb des Imports, Bytes</translation>
    </message>
    <message>
        <source>seconds for a request&apos;s headers to arrive</source>
        <translation>Sekunden, bis die Kopfzeilen einer Anfrage da sein müssen</translation>
    </message>
    <message>
        <source>seconds for a request&apos;s body to arrive</source>
        <translation>Sekunden, bis der Inhalt einer Anfrage da sein muss</translation>
    </message>
    <message>
        <source>seconds an idle connection stays open</source>
        <translation>Sekunden, die eine unbenutzte Verbindung offen bleibt</translation>
    </message>
    <message>
        <source>open connections from one address</source>
        <translation>offene Verbindungen von einer Adresse</translation>
    </message>
    <message>
        <source>open connections in all</source>
        <translation>offene Verbindungen insgesamt</translation>
    </message>
    <message>
        <source>a live feed message from a client, bytes</source>
        <translation>eine Live-Feed-Nachricht eines Clients, Bytes</translation>
    </message>
    <message>
        <source>logins one address may try at once</source>
        <translation>Anmeldungen, die eine Adresse auf einmal versuchen darf</translation>
    </message>
    <message>
        <source>and then per minute</source>
        <translation>und danach pro Minute</translation>
    </message>
    <message>
        <source>wrong passwords per login and address before tries wait</source>
        <translation>falsche Passwörter je Anmeldename und Adresse, bevor Versuche warten müssen</translation>
    </message>
    <message>
        <source>wrong passwords per login from all addresses before new addresses wait</source>
        <translation>falsche Passwörter je Anmeldename von allen Adressen, bevor neue Adressen warten müssen</translation>
    </message>
    <message>
        <source>threads checking passwords</source>
        <translation>Threads, die Passwörter prüfen</translation>
    </message>
    <message>
        <source>password checks one address may have waiting</source>
        <translation>wartende Passwortprüfungen je Adresse</translation>
    </message>
    <message>
        <source>password checks waiting in all</source>
        <translation>wartende Passwortprüfungen insgesamt</translation>
    </message>
    <message>
        <source>hours a session lives unused</source>
        <translation>Stunden, die eine Sitzung unbenutzt bestehen bleibt</translation>
    </message>
    <message>
        <source>Unknown limit &quot;%1&quot;: use NAME=VALUE with one of the names --help lists.</source>
        <translation>Unbekannte Grenze „%1“: Verwenden Sie NAME=WERT mit einem der Namen aus --help.</translation>
    </message>
    <message>
        <source>The limit %1 takes a whole number from %2 to %3.</source>
        <translation>Die Grenze %1 nimmt eine ganze Zahl von %2 bis %3.</translation>
    </message>
    <message>
        <source>Set one of the server&apos;s limits (repeat for more). Names, defaults:</source>
        <translation>Eine der Grenzen des Servers setzen (für mehrere wiederholen). Namen, Vorgaben:</translation>
    </message>
    <message>
        <source>Refusing to serve plain HTTP on %1, which other machines can reach: passwords and session tokens would cross the network unencrypted. Give --tls-cert and --tls-key, or listen on 127.0.0.1 behind a TLS reverse proxy. To accept the risk, add --allow-insecure-http.</source>
        <translation>Kein unverschlüsseltes HTTP auf %1, das andere Rechner erreichen können: Passwörter und Sitzungstokens würden unverschlüsselt über das Netz gehen. Geben Sie --tls-cert und --tls-key an, oder lauschen Sie auf 127.0.0.1 hinter einem TLS-Reverse-Proxy. Wer das Risiko eingehen will, fügt --allow-insecure-http hinzu.</translation>
    </message>
    <message>
        <source>WARNING: serving plain HTTP on %1 (--allow-insecure-http): passwords and session tokens cross the network unencrypted. Use --tls-cert and --tls-key, or a TLS reverse proxy.</source>
        <translation>WARNUNG: unverschlüsseltes HTTP auf %1 (--allow-insecure-http): Passwörter und Sitzungstokens gehen unverschlüsselt über das Netz. Verwenden Sie --tls-cert und --tls-key oder einen TLS-Reverse-Proxy.</translation>
    </message>
    <message>
        <source>Serve plain HTTP on an address other machines can reach (without it the server refuses: passwords and tokens would cross the network unencrypted).</source>
        <translation>Unverschlüsseltes HTTP auf einer Adresse anbieten, die andere Rechner erreichen (ohne diese Option verweigert der Server das: Passwörter und Tokens gingen unverschlüsselt über das Netz).</translation>
    </message>
    <message>
        <source>Read options from a JSON &lt;file&gt; whose keys are these options&apos; names, e.g. {&quot;listen&quot;: &quot;127.0.0.1:8484&quot;, &quot;channel&quot;: [&quot;x.json&quot;]}. Options given on the command line win.</source>
        <translation>Optionen aus einer JSON-Datei &lt;file&gt; lesen, deren Schlüssel die Namen dieser Optionen sind, z. B. {&quot;listen&quot;: &quot;127.0.0.1:8484&quot;, &quot;channel&quot;: [&quot;x.json&quot;]}. Optionen auf der Befehlszeile haben Vorrang.</translation>
    </message>
    <message>
        <source>--trusted-proxy takes an IP address, such as 127.0.0.1; &quot;%1&quot; is not one.</source>
        <translation>--trusted-proxy nimmt eine IP-Adresse, etwa 127.0.0.1; „%1“ ist keine.</translation>
    </message>
    <message>
        <source>Use PostgreSQL at &lt;url&gt; (postgresql://user@host/db) instead of SQLite. Give the password in PGPASSWORD or a PGPASSFILE, not in the URL, so that it does not show in the process list.</source>
        <translation>PostgreSQL unter &lt;url&gt; (postgresql://user@host/db) statt SQLite verwenden. Geben Sie das Passwort in PGPASSWORD oder einer PGPASSFILE an, nicht in der URL, damit es nicht in der Prozessliste erscheint.</translation>
    </message>
    <message>
        <source>A reverse proxy at &lt;address&gt; whose X-Forwarded-For header names the client, for the limits per address and the login guard (repeat for more). Only for proxies that set or append the header themselves.</source>
        <translation>Ein Reverse-Proxy unter &lt;address&gt;, dessen X-Forwarded-For-Kopfzeile den Client nennt, für die Grenzen je Adresse und den Anmeldeschutz (für mehrere wiederholen). Nur für Proxys, die die Kopfzeile selbst setzen oder ergänzen.</translation>
    </message>
</context>
<context>
    <name>caredesk_cli</name>
    <message>
        <source>usage: caredesk-cli crm import --workspace DIR [--region CC] FILE</source>
        <translation>Aufruf: caredesk-cli crm import --workspace DIR [--region CC] DATEI</translation>
    </message>
    <message>
        <source>crm lookup needs --email, --phone or --handle</source>
        <translation>crm lookup braucht --email, --phone oder --handle</translation>
    </message>
    <message>
        <source>The e-mail address to look up (crm lookup).</source>
        <translation>Die zu suchende E-Mail-Adresse (crm lookup).</translation>
    </message>
    <message>
        <source>The phone number to look up, as written (crm lookup; --region for one without a country code).</source>
        <translation>Die zu suchende Telefonnummer, wie geschrieben (crm lookup; --region für eine ohne Ländervorwahl).</translation>
    </message>
    <message>
        <source>The handle to look up, e.g. @ana_g (crm lookup).</source>
        <translation>Das zu suchende Handle, z. B. @ana_g (crm lookup).</translation>
    </message>
    <message>
        <source>there is no workspace in %1</source>
        <translation>in %1 gibt es keinen Arbeitsbereich</translation>
    </message>
    <message>
        <source>Where to look for channel plugins (plugins).</source>
        <translation>Ordner, in dem nach Kanal-Plugins gesucht wird (plugins).</translation>
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
    <message>
        <source>usage: caredesk-cli import --workspace DIR --format jsonl|tweet-csv FILE</source>
        <translation>Aufruf: caredesk-cli import --workspace VERZ --format jsonl|tweet-csv DATEI</translation>
    </message>
    <message>
        <source>--format must be jsonl or tweet-csv</source>
        <translation>--format muss jsonl oder tweet-csv sein</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot create the workspace folder %1</source>
        <translation>Der Arbeitsbereichsordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>usage: caredesk-cli export --workspace DIR --format jsonl|html</source>
        <translation>Aufruf: caredesk-cli export --workspace VERZ --format jsonl|html</translation>
    </message>
    <message>
        <source>--format must be jsonl or html</source>
        <translation>--format muss jsonl oder html sein</translation>
    </message>
    <message>
        <source>CareDesk transcripts</source>
        <translation>CareDesk-Verläufe</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8</source>
        <translation>Die Zeile ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation>Ein JSON-Objekt wurde erwartet</translation>
    </message>
    <message>
        <source>--platform must be twitter, facebook or messenger</source>
        <translation>--platform muss twitter, facebook oder messenger sein</translation>
    </message>
    <message>
        <source>learn needs --workspace DIR</source>
        <translation>learn braucht --workspace VERZ</translation>
    </message>
    <message>
        <source>the field &quot;text&quot; must be a string</source>
        <translation>Das Feld „text“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>the field &quot;category&quot; must be one of: %1</source>
        <translation>Das Feld „category“ muss eines davon sein: %1</translation>
    </message>
    <message>
        <source>search needs --workspace DIR</source>
        <translation>search braucht --workspace VERZ</translation>
    </message>
    <message>
        <source>search needs a query: caredesk-cli search --workspace DIR WORDS</source>
        <translation>search braucht Suchbegriffe: caredesk-cli search --workspace VERZ WÖRTER</translation>
    </message>
    <message>
        <source>The workspace folder (inbox, triage, learn, search).</source>
        <translation>Der Arbeitsbereichsordner (inbox, triage, learn, search).</translation>
    </message>
    <message>
        <source>At most &lt;n&gt; results (inbox, search; default 1000).</source>
        <translation>Höchstens &lt;n&gt; Ergebnisse (inbox, search; Standard 1000).</translation>
    </message>
    <message>
        <source>twitter, facebook or messenger (measure; default twitter).</source>
        <translation>twitter, facebook oder messenger (measure; Standard twitter).</translation>
    </message>
    <message>
        <source>Measure this one text instead of reading stdin (measure).</source>
        <translation>Nur diesen Text messen statt stdin zu lesen (measure).</translation>
    </message>
    <message>
        <source>File format (import: jsonl, tweet-csv; export: jsonl, html).</source>
        <translation>Dateiformat (import: jsonl, tweet-csv; export: jsonl, html).</translation>
    </message>
    <message>
        <source>JSON file with the team&apos;s own personal-data patterns (scan-pii).</source>
        <translation>JSON-Datei mit den eigenen Mustern des Teams für personenbezogene Daten (scan-pii).</translation>
    </message>
    <message>
        <source>One of the commands above.</source>
        <translation>Einer der obigen Befehle.</translation>
    </message>
    <message>
        <source>name one command (see --help)</source>
        <translation>Bitte einen Befehl nennen (siehe --help)</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>%1 of %2 requests left</source>
        <translation>%1 von %2 Anfragen übrig</translation>
    </message>
    <message>
        <source>%1 requests left</source>
        <translation>%1 Anfragen übrig</translation>
    </message>
    <message>
        <source>, renewed at %1</source>
        <translation>, erneuert um %1</translation>
    </message>
    <message>
        <source>this command needs --config FILE</source>
        <translation>dieser Befehl braucht --config DATEI</translation>
    </message>
    <message>
        <source>the channel plugin &quot;%1&quot; is not usable: %2</source>
        <translation>das Kanal-Plugin &quot;%1&quot; ist nicht nutzbar: %2</translation>
    </message>
    <message>
        <source>there is no channel plugin &quot;%1&quot; (see caredesk-cli plugins)</source>
        <translation>es gibt kein Kanal-Plugin &quot;%1&quot; (siehe caredesk-cli plugins)</translation>
    </message>
    <message>
        <source>the channel plugin &quot;%1&quot; made no connector</source>
        <translation>das Kanal-Plugin &quot;%1&quot; hat keinen Connector erzeugt</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Reachable: %1</source>
        <translation>Erreichbar: %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Authorisation: %1</source>
        <translation>Autorisierung: %1</translation>
    </message>
    <message>
        <source>expired or revoked; connect the account again</source>
        <translation>abgelaufen oder widerrufen; verbinden Sie das Konto erneut</translation>
    </message>
    <message>
        <source>not known (not reachable)</source>
        <translation>unbekannt (nicht erreichbar)</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>akzeptiert</translation>
    </message>
    <message>
        <source>Quota: %1</source>
        <translation>Kontingent: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>the fetch position could not be saved to %1</source>
        <translation>die Abrufposition konnte nicht in %1 gespeichert werden</translation>
    </message>
    <message>
        <source>outbox needs deliver</source>
        <translation>outbox braucht deliver</translation>
    </message>
    <message>
        <source>outbox deliver needs --workspace DIR</source>
        <translation>outbox deliver braucht --workspace ORDNER</translation>
    </message>
    <message>
        <source>Fetch what came after this platform id (channel fetch).</source>
        <translation>Holt, was nach dieser Plattform-ID kam (channel fetch).</translation>
    </message>
    <message>
        <source>the channel&apos;s &quot;credential&quot; names no keychain entry to keep its tokens in</source>
        <translation>&quot;credential&quot; des Kanals nennt keinen Schlüsselbund-Eintrag für seine Tokens</translation>
    </message>
    <message>
        <source>channel connect keeps the tokens in the keychain: name an entry in &quot;credential&quot;</source>
        <translation>channel connect bewahrt die Tokens im Schlüsselbund auf: nennen Sie einen Eintrag unter &quot;credential&quot;</translation>
    </message>
    <message>
        <source>Open this address in a browser and allow CareDesk to use the account:</source>
        <translation>Öffnen Sie diese Adresse in einem Browser und erlauben Sie CareDesk, das Konto zu nutzen:</translation>
    </message>
    <message>
        <source>Waiting for the browser to come back to %1 ...</source>
        <translation>Warten, bis der Browser zu %1 zurückkehrt ...</translation>
    </message>
    <message>
        <source>Nobody signed in within 10 minutes.</source>
        <translation>Innerhalb von 10 Minuten hat sich niemand angemeldet.</translation>
    </message>
    <message>
        <source>Connected; the tokens are in the keychain entry %1.</source>
        <translation>Verbunden; die Tokens liegen im Schlüsselbund-Eintrag %1.</translation>
    </message>
    <message>
        <source>team needs a subcommand: sync</source>
        <translation>team braucht einen Unterbefehl: sync</translation>
    </message>
    <message>
        <source>team sync needs --workspace DIR, --server URL and --login NAME</source>
        <translation>team sync braucht --workspace DIR, --server URL und --login NAME</translation>
    </message>
    <message>
        <source>the workspace folder %1 could not be created</source>
        <translation>der Arbeitsbereichsordner %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>no saved session; give the password on the first line of standard input</source>
        <translation>keine gespeicherte Sitzung; geben Sie das Passwort in der ersten Zeile der Standardeingabe an</translation>
    </message>
    <message>
        <source>the team server did not answer in time</source>
        <translation>der Teamserver hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The team server&apos;s address, e.g. https://care.example.org:8484 (team sync).</source>
        <translation>Die Adresse des Teamservers, z. B. https://care.example.org:8484 (team sync).</translation>
    </message>
    <message>
        <source>Your login on the team server (team sync).</source>
        <translation>Ihr Anmeldename auf dem Teamserver (team sync).</translation>
    </message>
    <message>
        <source>usage: caredesk-cli scenario validate FILE</source>
        <translation>Verwendung: caredesk-cli scenario validate FILE</translation>
    </message>
    <message>
        <source>valid: %1 personas, %2 events</source>
        <translation>gültig: %1 Personas, %2 Ereignisse</translation>
    </message>
    <message>
        <source>usage: caredesk-cli scenario from-workspace --workspace DIR [--conversations N] --out FILE</source>
        <translation>Verwendung: caredesk-cli scenario from-workspace --workspace DIR [--conversations N] --out FILE</translation>
    </message>
    <message>
        <source>--conversations needs a positive number</source>
        <translation>--conversations erfordert eine positive Zahl</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>usage: caredesk-cli practice start --scenario FILE --trainee NAME [--trainee NAME...] --out DIR</source>
        <translation>Verwendung: caredesk-cli practice start --scenario FILE --trainee NAME [--trainee NAME...] --out DIR</translation>
    </message>
    <message>
        <source>usage: caredesk-cli practice report --class DIR | --workspace DIR</source>
        <translation>Verwendung: caredesk-cli practice report --class DIR | --workspace DIR</translation>
    </message>
    <message>
        <source>practice needs start or report</source>
        <translation>practice erfordert start oder report</translation>
    </message>
    <message>
        <source>scenario needs validate or from-workspace</source>
        <translation>scenario erfordert validate oder from-workspace</translation>
    </message>
    <message>
        <source>  scenario validate FILE
                   Check a practice scenario: every problem with its place, one per line.
  scenario from-workspace
                   Write --out FILE: a practice scenario made from the --conversations N
                   (default 10) most recent conversations of --workspace, with every customer
                   and every piece of personal data replaced (--patterns: the team&apos;s own).
  practice start   Start practice inboxes playing --scenario FILE: in --out DIR, one isolated
                   workspace per --trainee NAME (repeat it for a class), opened with
                   caredesk --workspace DIR/&lt;trainee&gt;; --canned-from DIR gives them a
                   workspace&apos;s canned responses. Practice workspaces take no real channel.
  practice report  After a run: --workspace DIR, one trainee&apos;s report (response times, open
                   messages, public or private, personal data, language, canned responses,
                   the scenario&apos;s expectations); --class DIR, one line per trainee to compare.</source>
        <translation>  scenario validate FILE
                   Prüft ein Übungsszenario: jedes Problem mit seiner Stelle, eines pro Zeile.
  scenario from-workspace
                   Schreibt --out FILE: ein Übungsszenario aus den --conversations N
                   (Standard 10) neuesten Konversationen von --workspace, wobei jeder Kunde
                   und alle persönlichen Daten ersetzt werden (--patterns: die eigenen des Teams).
  practice start   Startet Übungs-Posteingänge, die --scenario FILE abspielen: in --out DIR ein
                   isolierter Arbeitsbereich pro --trainee NAME (für einen Kurs wiederholen), zu
                   öffnen mit caredesk --workspace DIR/&lt;trainee&gt;; --canned-from DIR gibt ihnen die
                   Textbausteine eines Arbeitsbereichs. Übungsarbeitsbereiche nutzen keinen echten Kanal.
  practice report  Nach einem Durchlauf: --workspace DIR, der Bericht eines Teilnehmers (Antwortzeiten,
                   offene Nachrichten, öffentlich oder privat, persönliche Daten, Sprache, Textbausteine,
                   die Erwartungen des Szenarios); --class DIR, eine Zeile pro Teilnehmer zum Vergleich.</translation>
    </message>
    <message>
        <source>How many recent conversations (scenario from-workspace; default 10).</source>
        <translation>Anzahl der neuesten Konversationen (scenario from-workspace; Standard 10).</translation>
    </message>
    <message>
        <source>The file or folder to write (scenario from-workspace, practice start).</source>
        <translation>Zu schreibende Datei oder zu schreibender Ordner (scenario from-workspace, practice start).</translation>
    </message>
    <message>
        <source>The practice scenario to play (practice start).</source>
        <translation>Das abzuspielende Übungsszenario (practice start).</translation>
    </message>
    <message>
        <source>A trainee&apos;s name; repeat for each trainee of a class (practice start).</source>
        <translation>Name eines Teilnehmers; für jeden Teilnehmer eines Kurses wiederholen (practice start).</translation>
    </message>
    <message>
        <source>A workspace whose canned responses the trainees get (practice start).</source>
        <translation>Ein Arbeitsbereich, dessen Textbausteine die Teilnehmer erhalten (practice start).</translation>
    </message>
    <message>
        <source>The class folder made by practice start (practice report).</source>
        <translation>Der von practice start erstellte Kursordner (practice report).</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1 is plain http:// to another machine: the password and the session token cross the network unencrypted. Use the server&apos;s https:// address.</source>
        <translation>%1 ist unverschlüsseltes http:// zu einem anderen Rechner: Passwort und Sitzungstoken gehen unverschlüsselt über das Netz. Verwenden Sie die https://-Adresse des Servers.</translation>
    </message>
    <message>
        <source>Country phone numbers written without a country code are read as first, e.g. ES; then this computer&apos;s and those of the text&apos;s language (scan-pii).</source>
        <translation>Land, als dessen Nummern Telefonnummern ohne Ländervorwahl zuerst gelesen werden, z. B. ES; danach das dieses Computers und die der Sprache des Textes (scan-pii).</translation>
    </message>
    <message>
        <source>channel add needs --workspace DIR</source>
        <translation>channel add braucht --workspace VERZEICHNIS</translation>
    </message>
    <message>
        <source>channel needs add, fetch, check or connect</source>
        <translation>channel braucht add, fetch, check oder connect</translation>
    </message>
    <message>
        <source>The dictionary to check with, e.g. en_US or es (spell; default: each text&apos;s language).</source>
        <translation>Das Wörterbuch für die Prüfung, z. B. en_US oder es (spell; Standard: die Sprache jedes Textes).</translation>
    </message>
    <message>
        <source>translate needs --to LANGUAGE, e.g. --to en</source>
        <translation>translate braucht --to SPRACHE, z. B. --to en</translation>
    </message>
    <message>
        <source>the text&apos;s language is not clear; give --from</source>
        <translation>die Sprache des Textes ist nicht eindeutig; geben Sie --from an</translation>
    </message>
    <message>
        <source>The language to translate into, e.g. en (translate).</source>
        <translation>Die Zielsprache der Übersetzung, z. B. en (translate).</translation>
    </message>
    <message>
        <source>The texts&apos; language (translate; default: each text&apos;s own, when clear).</source>
        <translation>Die Sprache der Texte (translate; Standard: die jedes Textes, wenn eindeutig).</translation>
    </message>
    <message>
        <source>--provider %1 and the provider file&apos;s &quot;%2&quot; differ</source>
        <translation>--provider %1 und &quot;%2&quot; aus der Anbieterdatei unterscheiden sich</translation>
    </message>
    <message>
        <source>%1 needs --config FILE naming its address and key, e.g. {&quot;provider&quot;:&quot;%1&quot;,&quot;apiBaseUrl&quot;:&quot;https://...&quot;,&quot;credential&quot;:{&quot;keychain&quot;:&quot;caredesk/translation/%1&quot;}}</source>
        <translation>%1 braucht --config DATEI mit Adresse und Schlüssel, z. B. {&quot;provider&quot;:&quot;%1&quot;,&quot;apiBaseUrl&quot;:&quot;https://...&quot;,&quot;credential&quot;:{&quot;keychain&quot;:&quot;caredesk/translation/%1&quot;}}</translation>
    </message>
    <message>
        <source>the provider &quot;%1&quot; is not known; use apertium, libretranslate or deepl</source>
        <translation>der Anbieter &quot;%1&quot; ist unbekannt; verwenden Sie apertium, libretranslate oder deepl</translation>
    </message>
    <message>
        <source>the environment variable %1 that should hold the translation service&apos;s key is empty</source>
        <translation>die Umgebungsvariable %1, die den Schlüssel des Übersetzungsdienstes enthalten sollte, ist leer</translation>
    </message>
    <message>
        <source>Who translates: apertium, on this computer; libretranslate or deepl, with --config (translate; default apertium).</source>
        <translation>Wer übersetzt: apertium, auf diesem Computer; libretranslate oder deepl, mit --config (translate; Standard apertium).</translation>
    </message>
    <message>
        <source>%1 is a CRM, not a channel: put its settings in crm.json beside the workspace</source>
        <translation>%1 ist ein CRM, kein Kanal: seine Einstellungen gehören in crm.json neben dem Arbeitsbereich</translation>
    </message>
    <message>
        <source>the CRM settings name no &quot;plugin&quot; to ask</source>
        <translation>die CRM-Einstellungen nennen kein „plugin“, das gefragt werden kann</translation>
    </message>
    <message>
        <source>crm needs import, lookup or connect</source>
        <translation>crm braucht import, lookup oder connect</translation>
    </message>
    <message>
        <source>crm %1 needs --workspace DIR (or, for lookup, --config crm.json)</source>
        <translation>crm %1 braucht --workspace VERZ (oder, für lookup, --config crm.json)</translation>
    </message>
    <message>
        <source>CareDesk command-line tool. Text commands read JSON Lines on stdin and write one line per input line on stdout.

Commands:
  detect-language  {&quot;text&quot;,&quot;hint&quot;?} -&gt; {&quot;lang&quot;,&quot;reliable&quot;,&quot;source&quot;}
  scan-pii         {&quot;text&quot;,&quot;region&quot;?,&quot;locale&quot;?} -&gt; {&quot;findings&quot;:[{&quot;kind&quot;,&quot;start&quot;,&quot;end&quot;,&quot;match&quot;}]}
  measure          {&quot;text&quot;} -&gt; {&quot;weightedLength&quot;,&quot;valid&quot;,&quot;permillage&quot;,&quot;limit&quot;}
  spell            {&quot;text&quot;} -&gt; {&quot;dictionary&quot;,&quot;issues&quot;:[{&quot;word&quot;,&quot;start&quot;,&quot;length&quot;,&quot;suggestions&quot;}]}
                   (offsets in UTF-16 code units; with --workspace: its names)
  translate        {&quot;text&quot;} -&gt; {&quot;text&quot;,&quot;from&quot;,&quot;to&quot;,&quot;provider&quot;}: into --to, on this computer
                   (or with --config FILE: the LibreTranslate or DeepL service it names)
  triage           inbound item (only &quot;text&quot; required) -&gt; {&quot;category&quot;,&quot;actionable&quot;,&quot;priority&quot;,&quot;reasons&quot;,&quot;lang&quot;}
                   (with --workspace: that workspace&apos;s rules and classifier)
  learn            {&quot;text&quot;,&quot;category&quot;} -&gt; teaches the classifier of --workspace
  search WORDS     Messages of --workspace matching WORDS, best first.
  import FILE      Bring history into --workspace: --format jsonl (inbound items) or tweet-csv
                   (tweet_id,author_id,inbound,created_at,text,response_tweet_id,
                   in_response_to_tweet_id); - reads stdin.
  export           All conversations of --workspace: --format jsonl or html.
  crm import FILE  The team&apos;s customer file (CSV or JSON Lines) into --workspace,
                   replacing the one before; prints {&quot;imported&quot;,&quot;problems&quot;}.
  crm lookup       A customer of --workspace, or of the CRM --config crm.json names,
                   by --email, --phone or --handle:
                   {&quot;found&quot;:true,&quot;id&quot;,&quot;name&quot;,...} or {&quot;found&quot;:false}.
  crm connect      Sign the --config CRM (Salesforce) in through the browser.
  plugins          List channel and CRM plugins, their state and capabilities.
  channel add      Add the --config channel to --workspace; the desktop app polls it.
  channel fetch    Fetch what is new on the channel of --config once and print it as inbound
                   items; the position is kept in &lt;config&gt;.cursor (--since-id to choose it).
  channel check    Report the --config channel&apos;s authorisation, quota and reachability.
  channel connect  Sign the --config channel&apos;s account in through the browser (OAuth 2.0)
                   and keep its tokens in the keychain entry the configuration names.
  outbox deliver   Send what --workspace has queued for the --config channel, each message
                   exactly once; prints {&quot;sent&quot;,&quot;failed&quot;,&quot;waiting&quot;}.
  team sync        Sign in to --server as --login (the password on stdin when no session is
                   saved in the keychain) and bring what the team shares into --workspace;
                   prints {&quot;conversations&quot;,&quot;rev&quot;,&quot;state&quot;}.
  inbox            List a workspace&apos;s conversations in inbox order.</source>
        <translation>CareDesk-Befehlszeilenwerkzeug. Textbefehle lesen JSON Lines von stdin und schreiben pro Eingabezeile eine Zeile nach stdout.

Befehle:
  detect-language  {&quot;text&quot;,&quot;hint&quot;?} -&gt; {&quot;lang&quot;,&quot;reliable&quot;,&quot;source&quot;}
  scan-pii         {&quot;text&quot;,&quot;region&quot;?,&quot;locale&quot;?} -&gt; {&quot;findings&quot;:[{&quot;kind&quot;,&quot;start&quot;,&quot;end&quot;,&quot;match&quot;}]}
  measure          {&quot;text&quot;} -&gt; {&quot;weightedLength&quot;,&quot;valid&quot;,&quot;permillage&quot;,&quot;limit&quot;}
  spell            {&quot;text&quot;} -&gt; {&quot;dictionary&quot;,&quot;issues&quot;:[{&quot;word&quot;,&quot;start&quot;,&quot;length&quot;,&quot;suggestions&quot;}]}
                   (Positionen in UTF-16-Codeeinheiten; mit --workspace: dessen Namen)
  translate        {&quot;text&quot;} -&gt; {&quot;text&quot;,&quot;from&quot;,&quot;to&quot;,&quot;provider&quot;}: nach --to, auf diesem Computer
                   (oder mit --config DATEI: der LibreTranslate- oder DeepL-Dienst, den sie nennt)
  triage           eingehender Eintrag (nur &quot;text&quot; nötig) -&gt; {&quot;category&quot;,&quot;actionable&quot;,&quot;priority&quot;,&quot;reasons&quot;,&quot;lang&quot;}
                   (mit --workspace: Regeln und Klassifikator dieses Arbeitsbereichs)
  learn            {&quot;text&quot;,&quot;category&quot;} -&gt; trainiert den Klassifikator von --workspace
  search WORDS     Nachrichten aus --workspace, die WÖRTER enthalten, beste zuerst.
  import FILE      Verlauf in --workspace übernehmen: --format jsonl (eingehende Einträge) oder tweet-csv
                   (tweet_id,author_id,inbound,created_at,text,response_tweet_id,
                   in_response_to_tweet_id); - liest stdin.
  export           Alle Unterhaltungen von --workspace: --format jsonl oder html.
  crm import DATEI Die Kundendatei des Teams (CSV oder JSON Lines) nach --workspace,
                   ersetzt die vorige; gibt {&quot;imported&quot;,&quot;problems&quot;} aus.
  crm lookup       Einen Kunden von --workspace oder aus dem CRM, das --config crm.json nennt,
                   per --email, --phone oder --handle:
                   {&quot;found&quot;:true,&quot;id&quot;,&quot;name&quot;,...} oder {&quot;found&quot;:false}.
  crm connect      Das CRM aus --config (Salesforce) im Browser anmelden.
  plugins          Kanal- und CRM-Plugins mit Zustand und Fähigkeiten auflisten.
  channel add      Fügt den Kanal von --config zu --workspace hinzu; die Desktop-App fragt ihn ab.
  channel fetch    Holt einmal, was im Kanal von --config neu ist, und gibt es als eingehende
                   Einträge aus; die Position steht in &lt;config&gt;.cursor (--since-id wählt sie).
  channel check    Berichtet Autorisierung, Kontingent und Erreichbarkeit des Kanals von --config.
  channel connect  Meldet das Konto des Kanals von --config über den Browser an (OAuth 2.0)
                   und bewahrt die Tokens im genannten Schlüsselbund-Eintrag auf.
  outbox deliver   Sendet, was --workspace für den Kanal von --config bereithält, jede Nachricht
                   genau einmal; gibt {&quot;sent&quot;,&quot;failed&quot;,&quot;waiting&quot;} aus.
  team sync        Meldet sich am --server als --login an (das Passwort über die Standardeingabe,
                   wenn im Schlüsselbund keine Sitzung gespeichert ist) und holt, was das Team
                   teilt, in --workspace; gibt {&quot;conversations&quot;,&quot;rev&quot;,&quot;state&quot;} aus.
  inbox            Unterhaltungen eines Arbeitsbereichs in Posteingangsreihenfolge auflisten.</translation>
    </message>
    <message>
        <source>The channel configuration file (channel); the translation provider file (translate); the CRM settings, crm.json (crm lookup, crm connect).</source>
        <translation>Die Kanal-Konfigurationsdatei (channel); die Datei des Übersetzungsanbieters (translate); die CRM-Einstellungen, crm.json (crm lookup, crm connect).</translation>
    </message>
</context>
</TS>
