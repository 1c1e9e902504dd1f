<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>No reply since {submitted}: the reply was due on {due}</source>
        <translation>Keine Antwort seit {submitted}: Die Antwort war bis {due} fällig</translation>
    </message>
    <message>
        <source>Reply due by {due}</source>
        <translation>Antwort fällig bis {due}</translation>
    </message>
    <message>
        <source>Refused or unanswered: you can complain to a data protection authority</source>
        <translation>Abgelehnt oder unbeantwortet: Sie können sich bei einer Datenschutzbehörde beschweren</translation>
    </message>
    <message>
        <source>Check this setting again (due {due})</source>
        <translation>Diese Einstellung erneut prüfen (fällig am {due})</translation>
    </message>
    <message>
        <source>Started, not finished</source>
        <translation>Begonnen, nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Deadline {date}: {description}</source>
        <translation>Frist {date}: {description}</translation>
    </message>
    <message>
        <source>{days} days left until {date}: {description}</source>
        <translation>Noch {days} Tage bis {date}: {description}</translation>
    </message>
    <message>
        <source>Tomorrow ({date}): {description}</source>
        <translation>Morgen ({date}): {description}</translation>
    </message>
    <message>
        <source>Today ({date}): {description}</source>
        <translation>Heute ({date}): {description}</translation>
    </message>
    <message>
        <source>The date {date} has passed: {description} {after}</source>
        <translation>Das Datum {date} ist vorbei: {description} {after}</translation>
    </message>
    <message>
        <source>The date {date} has passed: {description}</source>
        <translation>Das Datum {date} ist vorbei: {description}</translation>
    </message>
    <message>
        <source>Last checked on {day}; the file does not say how.</source>
        <translation>Zuletzt geprüft am {day}; die Datei sagt nicht, wie.</translation>
    </message>
    <message>
        <source>Followed in the live app or website on {day}.</source>
        <translation>Am {day} selbst in der App oder auf der Website ausprobiert.</translation>
    </message>
    <message>
        <source>Checked against the regulators&apos; own pages on {day}; not tried out.</source>
        <translation>Am {day} mit den Seiten der Aufsichtsbehörden abgeglichen; nicht ausprobiert.</translation>
    </message>
    <message>
        <source>Checked against the company&apos;s own help pages on {day}; not checked in the app.</source>
        <translation>Am {day} mit den Hilfeseiten des Unternehmens abgeglichen; nicht in der App geprüft.</translation>
    </message>
    <message>
        <source>Checked against {company}&apos;s own help pages on {day}; not checked in the app.</source>
        <translation>Am {day} mit den Hilfeseiten von {company} abgeglichen; nicht in der App geprüft.</translation>
    </message>
    <message>
        <source>Compiled from news reports and guides, none of them dated; not checked in the app (checked {day}).</source>
        <translation>Aus Presseberichten und Ratgebern zusammengestellt, alle ohne Datum; nicht in der App geprüft (geprüft am {day}).</translation>
    </message>
    <message>
        <source>Compiled from news reports and guides published up to {month}; not checked in the app (checked {day}).</source>
        <translation>Aus Presseberichten und Ratgebern bis {month} zusammengestellt; nicht in der App geprüft (geprüft am {day}).</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Meta AI</source>
        <translation>Meta AI</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation>X (Twitter)</translation>
    </message>
    <message>
        <source>Reddit</source>
        <translation>Reddit</translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <source>ChatGPT</source>
        <translation>ChatGPT</translation>
    </message>
    <message>
        <source>Claude</source>
        <translation>Claude</translation>
    </message>
    <message>
        <source>Microsoft Copilot</source>
        <translation>Microsoft Copilot</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Tumblr</source>
        <translation>Tumblr</translation>
    </message>
    <message>
        <source>WordPress.com</source>
        <translation>WordPress.com</translation>
    </message>
    <message>
        <source>Quora</source>
        <translation>Quora</translation>
    </message>
    <message>
        <source>Substack</source>
        <translation>Substack</translation>
    </message>
    <message>
        <source>Squarespace</source>
        <translation>Squarespace</translation>
    </message>
    <message>
        <source>Adobe</source>
        <translation>Adobe</translation>
    </message>
    <message>
        <source>Pinterest</source>
        <translation>Pinterest</translation>
    </message>
    <message>
        <source>DeviantArt</source>
        <translation>DeviantArt</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Grammarly</source>
        <translation>Grammarly</translation>
    </message>
    <message>
        <source>Perplexity</source>
        <translation>Perplexity</translation>
    </message>
    <message>
        <source>Snapchat</source>
        <translation>Snapchat</translation>
    </message>
    <message>
        <source>Amazon Alexa</source>
        <translation>Amazon Alexa</translation>
    </message>
    <message>
        <source>Udemy</source>
        <translation>Udemy</translation>
    </message>
    <message>
        <source>Figma</source>
        <translation>Figma</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Apple (Siri, Apple Intelligence)</source>
        <translation>Apple (Siri, Apple Intelligence)</translation>
    </message>
    <message>
        <source>Atlassian</source>
        <translation>Atlassian</translation>
    </message>
    <message>
        <source>Confluence</source>
        <translation>Confluence</translation>
    </message>
    <message>
        <source>Jira</source>
        <translation>Jira</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>Canva</source>
        <translation>Canva</translation>
    </message>
    <message>
        <source>CapCut</source>
        <translation>CapCut</translation>
    </message>
    <message>
        <source>Character.AI</source>
        <translation>Character.AI</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <source>DeepL</source>
        <translation>DeepL</translation>
    </message>
    <message>
        <source>DeepSeek</source>
        <translation>DeepSeek</translation>
    </message>
    <message>
        <source>Dropbox</source>
        <translation>Dropbox</translation>
    </message>
    <message>
        <source>GitHub Copilot</source>
        <translation>GitHub Copilot</translation>
    </message>
    <message>
        <source>Grok</source>
        <translation>Grok</translation>
    </message>
    <message>
        <source>JetBrains</source>
        <translation>JetBrains</translation>
    </message>
    <message>
        <source>Le Chat (Mistral AI)</source>
        <translation>Le Chat (Mistral AI)</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Notion</source>
        <translation>Notion</translation>
    </message>
    <message>
        <source>Otter.ai</source>
        <translation>Otter.ai</translation>
    </message>
    <message>
        <source>Replit</source>
        <translation>Replit</translation>
    </message>
    <message>
        <source>Samsung Galaxy AI</source>
        <translation>Samsung Galaxy AI</translation>
    </message>
    <message>
        <source>SoundCloud</source>
        <translation>SoundCloud</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>WeTransfer</source>
        <translation>WeTransfer</translation>
    </message>
    <message>
        <source>Windsurf</source>
        <translation>Windsurf</translation>
    </message>
    <message>
        <source>Wix</source>
        <translation>Wix</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>eingereicht</translation>
    </message>
    <message>
        <source>waiting for a reply</source>
        <translation>wartet auf Antwort</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>stattgegeben</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>trifft nicht zu</translation>
    </message>
    <message>
        <source>Added “{label}”.</source>
        <translation>„{label}“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Same Accounts Center?</source>
        <translation>Dasselbe Accounts Center?</translation>
    </message>
    <message>
        <source>Is “{new}” in the same Accounts Center as “{other}”?

Meta links accounts in an Accounts Center, and one objection covers every account in it. To check, in the Facebook app: your profile picture, then Settings &amp; privacy, Settings, Accounts Center. In Instagram: your profile, then ☰, Accounts Center. The accounts listed there are linked.</source>
        <translation>Ist „{new}“ im selben Accounts Center wie „{other}“?

Meta verknüpft Konten in einem Accounts Center, und ein Widerspruch deckt alle Konten darin ab. So prüfen Sie das in der Facebook-App: Tippen Sie auf Ihr Profilbild, dann auf „Settings &amp; privacy“, „Settings“, „Accounts Center“. In Instagram: Ihr Profil, dann ☰, „Accounts Center“. Die dort aufgeführten Konten sind verknüpft.</translation>
    </message>
    <message>
        <source>&amp;Yes, the same</source>
        <translation>&amp;Ja, dasselbe</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>I&apos;ll &amp;check later</source>
        <translation>&amp;Später prüfen</translation>
    </message>
    <message>
        <source>Accounts Center of {label}</source>
        <translation>Accounts Center von {label}</translation>
    </message>
    <message>
        <source>Archived “{label}”. Show archived accounts to see it again.</source>
        <translation>„{label}“ archiviert. Mit „Archivierte Konten anzeigen“ sehen Sie es wieder.</translation>
    </message>
    <message>
        <source>“{label}” is active again.</source>
        <translation>„{label}“ ist wieder aktiv.</translation>
    </message>
    <message>
        <source>Delete account?</source>
        <translation>Konto löschen?</translation>
    </message>
    <message>
        <source>Delete “{label}” and everything recorded for it?

This removes {ticks}, {notes}, {evidence} and {history}. It cannot be undone. To keep the record but put it out of the way, choose Archive instead.</source>
        <translation>„{label}“ und alles, was dazu gespeichert ist, löschen?

Dabei werden {ticks}, {notes}, {evidence} und {history} entfernt. Das lässt sich nicht rückgängig machen. Wenn Sie die Daten behalten, aber aus dem Weg haben möchten, wählen Sie stattdessen „Archivieren“.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked step(s)</source>
        <translation>
            <numerusform>%n abgehakter Schritt</numerusform>
            <numerusform>%n abgehakte Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n angehängte Datei</numerusform>
            <numerusform>%n angehängte Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n change(s) recorded in its history</source>
        <translation>
            <numerusform>die eine Änderung in seinem Verlauf</numerusform>
            <numerusform>die %n Änderungen in seinem Verlauf</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Be&amp;richt exportieren…</translation>
    </message>
    <message>
        <source>Export due dates to a &amp;calendar file…</source>
        <translation>Termine in eine &amp;Kalenderdatei exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import a Markdown checklist as a procedure…</source>
        <translation>Markdown-Checkliste als Anleitung &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Back up everything to a file…</source>
        <translation>Alles in einer Datei &amp;sichern…</translation>
    </message>
    <message>
        <source>Import a backup &amp;file…</source>
        <translation>Sicherung aus &amp;Datei importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>&amp;Copy text to fill in</source>
        <translation>Text zum Ausfüllen &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Checkliste</translation>
    </message>
    <message>
        <source>&amp;Overview and next actions</source>
        <translation>&amp;Übersicht und nächste Aufgaben</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Rename or edit…</source>
        <translation>&amp;Umbenennen oder bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Show a&amp;rchived accounts</source>
        <translation>Archivierte Konten an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>An&amp;leitung</translation>
    </message>
    <message>
        <source>&amp;Tick or untick step</source>
        <translation>Schritt &amp;abhaken oder Haken entfernen</translation>
    </message>
    <message>
        <source>&amp;Add a guide to this account…</source>
        <translation>Diesem Konto eine Anleitung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Hide this guide for this account</source>
        <translation>Diese Anleitung für dieses Konto a&amp;usblenden</translation>
    </message>
    <message>
        <source>Show a &amp;hidden guide again…</source>
        <translation>Ausgeblendete Anleitung wieder an&amp;zeigen…</translation>
    </message>
    <message>
        <source>Attach &amp;file to this step or guide…</source>
        <translation>&amp;Datei an diesen Schritt oder diese Anleitung anhängen…</translation>
    </message>
    <message>
        <source>Hide &amp;completed guides</source>
        <translation>&amp;Erledigte Anleitungen ausblenden</translation>
    </message>
    <message>
        <source>&amp;Expand all</source>
        <translation>Alle au&amp;fklappen</translation>
    </message>
    <message>
        <source>C&amp;ollapse all</source>
        <translation>Alle zu&amp;klappen</translation>
    </message>
    <message>
        <source>&amp;Report a problem with this guide…</source>
        <translation>&amp;Problem mit dieser Anleitung melden…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Guide file &amp;problems…</source>
        <translation>&amp;Probleme in Anleitungsdateien…</translation>
    </message>
    <message>
        <source>&amp;About Objector</source>
        <translation>Ü&amp;ber Objector</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Your Objector data cannot be read</source>
        <translation>Ihre Objector-Daten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>{problem}.

File: {path}

Objector has not changed it and will keep it beside the new one.</source>
        <translation>{problem}.

Datei: {path}

Objector hat die Datei nicht verändert und bewahrt sie neben der neuen auf.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Start a new, empty database</source>
        <translation>Mit einer neuen, leeren Datenbank beginnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Objector cannot continue</source>
        <translation>Objector kann nicht weiterarbeiten</translation>
    </message>
    <message>
        <source>Objector cannot open your data</source>
        <translation>Objector kann Ihre Daten nicht öffnen</translation>
    </message>
    <message>
        <source>{problem}.

File: {path}

{advice}</source>
        <translation>{problem}.

Datei: {path}

{advice}</translation>
    </message>
    <message>
        <source>The newest good backup was made on {made}. It holds {accounts} and {history}; the last change in it was on {last} UTC.</source>
        <translation>Die neueste intakte Sicherung wurde am {made} erstellt. Sie enthält {accounts} und {history}; die letzte Änderung darin war am {last} UTC.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded in their history</source>
        <translation>
            <numerusform>%n Änderung in ihrem Verlauf</numerusform>
            <numerusform>%n Änderungen in ihrem Verlauf</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Objector is already open with the data folder {folder}; its window was brought to the front.</source>
        <translation>Objector ist bereits mit dem Datenordner {folder} geöffnet; sein Fenster wurde nach vorne geholt.</translation>
    </message>
    <message>
        <source>Objector is already open with the data folder {folder} (process {pid}), but its window did not come forward.

Switch to that window. If it no longer responds, close it (or end process {pid}) and start Objector again. Nothing was changed.</source>
        <translation>Objector ist bereits mit dem Datenordner {folder} geöffnet (Prozess {pid}), aber sein Fenster ist nicht nach vorne gekommen.

Wechseln Sie zu diesem Fenster. Wenn es nicht mehr reagiert, schließen Sie es (oder beenden Sie den Prozess {pid}) und starten Sie Objector neu. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Objector is already open</source>
        <translation>Objector ist bereits geöffnet</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Der Datenträger ist voll</translation>
    </message>
    <message>
        <source>The disk that holds your data is full, so Objector opened it read-only: you can read everything and back it up to another disk (File &gt; Back up everything), but changes cannot be saved.

Free some space on the disk, then start Objector again.

Folder: {folder}</source>
        <translation>Der Datenträger mit Ihren Daten ist voll, deshalb hat Objector sie schreibgeschützt geöffnet: Sie können alles lesen und auf einem anderen Datenträger sichern (Datei &gt; Alles in einer Datei sichern), aber Änderungen können nicht gespeichert werden.

Geben Sie Speicherplatz auf dem Datenträger frei und starten Sie Objector dann neu.

Ordner: {folder}</translation>
    </message>
    <message>
        <source>The automatic backup could not be made: {error}</source>
        <translation>Die automatische Sicherung konnte nicht erstellt werden: {error}</translation>
    </message>
    <message>
        <source>That link was not opened: only web (https, http) and e-mail links are allowed.</source>
        <translation>Dieser Link wurde nicht geöffnet: Erlaubt sind nur Web-Links (https, http) und E-Mail-Links.</translation>
    </message>
    <message>
        <source>The link did not open</source>
        <translation>Der Link wurde nicht geöffnet</translation>
    </message>
    <message>
        <source>No e-mail program answered. Copy the address and paste it into your e-mail:</source>
        <translation>Kein E-Mail-Programm hat reagiert. Kopieren Sie die Adresse und fügen Sie sie in Ihre E-Mail ein:</translation>
    </message>
    <message>
        <source>No web browser answered. Copy the address and paste it into your browser:</source>
        <translation>Kein Webbrowser hat reagiert. Kopieren Sie die Adresse und fügen Sie sie in Ihren Browser ein:</translation>
    </message>
    <message>
        <source>Address of the link</source>
        <translation>Adresse des Links</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Copied. Paste it into your e-mail program.</source>
        <translation>Kopiert. Fügen Sie sie in Ihr E-Mail-Programm ein.</translation>
    </message>
    <message>
        <source>Copied. Paste it into your browser&apos;s address bar.</source>
        <translation>Kopiert. Fügen Sie sie in die Adressleiste Ihres Browsers ein.</translation>
    </message>
    <message>
        <source>[image not shown]</source>
        <translation>[Bild nicht angezeigt]</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Ausgewähltes Konto</translation>
    </message>
    <message>
        <source>Progress for this account</source>
        <translation>Fortschritt für dieses Konto</translation>
    </message>
    <message>
        <source>Search guides, steps and notes</source>
        <translation>Anleitungen, Schritte und Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Search guides, steps and notes (Ctrl+F)</source>
        <translation>Anleitungen, Schritte und Notizen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt;{archived} · {platform}, {region}</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt;{archived} · {platform}, {region}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s)</source>
        <translation>
            <numerusform>{done} von %n Schritt</numerusform>
            <numerusform>{done} von %n Schritten</numerusform>
        </translation>
    </message>
    <message>
        <source>No guide, step or note that is not finished contains “{text}”. Press Esc to clear the search, or show the completed ones.</source>
        <translation>Keine offene Anleitung, kein offener Schritt und keine Notiz enthält „{text}“. Drücken Sie Esc, um die Suche zu leeren, oder blenden Sie die erledigten Anleitungen ein.</translation>
    </message>
    <message>
        <source>No guide, step or note contains “{text}”. Press Esc to clear the search.</source>
        <translation>Keine Anleitung, kein Schritt und keine Notiz enthält „{text}“. Drücken Sie Esc, um die Suche zu leeren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No matches&lt;/b&gt;&lt;br&gt;{hint}</source>
        <translation>&lt;b&gt;Keine Treffer&lt;/b&gt;&lt;br&gt;{hint}</translation>
    </message>
    <message>
        <source>Tick “{step}”</source>
        <translation>„{step}“ abhaken</translation>
    </message>
    <message>
        <source>Untick “{step}”</source>
        <translation>Haken bei „{step}“ entfernen</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Rename “{name}”</source>
        <translation>„{name}“ umbenennen</translation>
    </message>
    <message>
        <source>Remove “{name}”</source>
        <translation>„{name}“ entfernen</translation>
    </message>
    <message>
        <source>Attach “{name}”</source>
        <translation>„{name}“ anhängen</translation>
    </message>
    <message>
        <source>They need more time</source>
        <translation>Verlängerung der Antwortfrist</translation>
    </message>
    <message>
        <source>Change the reference</source>
        <translation>Referenznummer ändern</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Datum ändern</translation>
    </message>
    <message>
        <source>Choose a guide or a step to see it here.</source>
        <translation>Wählen Sie eine Anleitung oder einen Schritt aus, um die Details hier zu sehen.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Guide details</source>
        <translation>Details der Anleitung</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status of this request</source>
        <translation>Status dieser Anfrage</translation>
    </message>
    <message>
        <source>&amp;on</source>
        <translation>&amp;am</translation>
    </message>
    <message>
        <source>Date of this status</source>
        <translation>Datum dieses Status</translation>
    </message>
    <message>
        <source>Reference number or confirmation text (optional)</source>
        <translation>Referenznummer oder Bestätigungstext (optional)</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Referenznummer</translation>
    </message>
    <message>
        <source>They said they need longer to reply (e&amp;xtension)</source>
        <translation>Die Gegenseite braucht laut eigener Aussage länger für die Antwort (&amp;Verlängerung)</translation>
    </message>
    <message>
        <source>The other side extended the reply period</source>
        <translation>Die Gegenseite hat die Antwortfrist verlängert</translation>
    </message>
    <message>
        <source>Reply clock</source>
        <translation>Antwortfrist</translation>
    </message>
    <message>
        <source>I checked it &amp;again today</source>
        <translation>Heute &amp;erneut geprüft</translation>
    </message>
    <message>
        <source>I checked it again today</source>
        <translation>Heute erneut geprüft</translation>
    </message>
    <message>
        <source>Add the complaint guide to this account</source>
        <translation>Beschwerde-Anleitung zu diesem Konto hinzufügen</translation>
    </message>
    <message>
        <source>Text to copy, with your details filled in:</source>
        <translation>Text zum Kopieren, mit Ihren Angaben ausgefüllt:</translation>
    </message>
    <message>
        <source>Text to copy</source>
        <translation>Text zum Kopieren</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>Text &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Copied. Paste it into the form.</source>
        <translation>Kopiert. Fügen Sie den Text in das Formular ein.</translation>
    </message>
    <message>
        <source>Nothing to attach: copy a picture or a file first.</source>
        <translation>Nichts zum Anhängen: Kopieren Sie zuerst ein Bild oder eine Datei.</translation>
    </message>
    <message>
        <source>Add an account to begin.</source>
        <translation>Fügen Sie ein Konto hinzu, um zu beginnen.</translation>
    </message>
    <message>
        <source>Covered by “{account}”: {procedure}, sent {date}.</source>
        <translation>Abgedeckt durch „{account}“: {procedure}, gesendet am {date}.</translation>
    </message>
    <message>
        <source>Covered by “{account}”: {procedure}.</source>
        <translation>Abgedeckt durch „{account}“: {procedure}.</translation>
    </message>
    <message>
        <source>One request covers all your linked accounts (for Meta, the accounts in the same Accounts Center). If that request is refused, this one is no longer covered.</source>
        <translation>Eine Anfrage deckt alle Ihre verknüpften Konten ab (bei Meta die Konten im selben Accounts Center). Wird diese Anfrage abgelehnt, ist dieses Konto nicht mehr abgedeckt.</translation>
    </message>
    <message>
        <source>The reply was due on {due}: {days} overdue.</source>
        <translation>Die Antwort war am {due} fällig: {days} überfällig.</translation>
    </message>
    <message>
        <source>A reply is due by {due} ({days} left).</source>
        <translation>Eine Antwort ist bis {due} fällig (noch {days}).</translation>
    </message>
    <message>
        <source>If they extend it, by {date} at the latest.</source>
        <translation>Falls die Frist verlängert wird: spätestens bis {date}.</translation>
    </message>
    <message>
        <source>Done on {done}; platforms can switch such settings back: check it again now.</source>
        <translation>Erledigt am {done}; Plattformen können solche Einstellungen zurücksetzen: Prüfen Sie es jetzt erneut.</translation>
    </message>
    <message>
        <source>Check this again on {date}.</source>
        <translation>Prüfen Sie das am {date} erneut.</translation>
    </message>
    <message>
        <source>Open the complaint guide</source>
        <translation>Beschwerde-Anleitung öffnen</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Europäische Union</translation>
    </message>
    <message>
        <source>Iceland, Liechtenstein or Norway (EEA)</source>
        <translation>Island, Liechtenstein oder Norwegen (EWR)</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Anderswo</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <source>for example: my art Instagram</source>
        <translation>zum Beispiel: mein Kunst-Instagram</translation>
    </message>
    <message>
        <source>optional, e.g. @myname</source>
        <translation>optional, z. B. @meinname</translation>
    </message>
    <message>
        <source>optional: the account&apos;s email address</source>
        <translation>optional: die E-Mail-Adresse des Kontos</translation>
    </message>
    <message>
        <source>optional: your name, for the objection text</source>
        <translation>optional: Ihr Name, für den Widerspruchstext</translation>
    </message>
    <message>
        <source>optional: the country you live in</source>
        <translation>optional: das Land, in dem Sie leben</translation>
    </message>
    <message>
        <source>optional: one name for your accounts that are linked</source>
        <translation>optional: ein gemeinsamer Name für Ihre verknüpften Konten</translation>
    </message>
    <message>
        <source>The window&apos;s language ({language})</source>
        <translation>Die Sprache des Fensters ({language})</translation>
    </message>
    <message>
        <source>The language of the texts you copy and send (objections, complaints). A guide not translated into it gives them in English.</source>
        <translation>Die Sprache der Texte, die Sie kopieren und verschicken (Widersprüche, Beschwerden). Eine Anleitung, die nicht in diese Sprache übersetzt ist, gibt sie auf Englisch.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>&amp;Where you live:</source>
        <translation>&amp;Wohnort:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Nutzername:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Linked accounts:</source>
        <translation>&amp;Verknüpfte Konten:</translation>
    </message>
    <message>
        <source>Letters &amp;in:</source>
        <translation>&amp;Sprache der Briefe:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Accounts Center:</source>
        <translation>&amp;Accounts Center:</translation>
    </message>
    <message>
        <source>Accounts Center</source>
        <translation>Accounts Center</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Konto hinzugefügt</translation>
    </message>
    <message>
        <source>Account details changed</source>
        <translation>Kontodaten geändert</translation>
    </message>
    <message>
        <source>Account archived</source>
        <translation>Konto archiviert</translation>
    </message>
    <message>
        <source>Account restored</source>
        <translation>Konto wiederhergestellt</translation>
    </message>
    <message>
        <source>Step done</source>
        <translation>Schritt erledigt</translation>
    </message>
    <message>
        <source>Step marked not done</source>
        <translation>Schritt als nicht erledigt markiert</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <source>Status date changed</source>
        <translation>Datum des Status geändert</translation>
    </message>
    <message>
        <source>Reference changed</source>
        <translation>Referenznummer geändert</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Notiz gespeichert</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>Datei angehängt</translation>
    </message>
    <message>
        <source>Attached file renamed</source>
        <translation>Angehängte Datei umbenannt</translation>
    </message>
    <message>
        <source>Attached file removed</source>
        <translation>Angehängte Datei entfernt</translation>
    </message>
    <message>
        <source>Attached file restored</source>
        <translation>Angehängte Datei wiederhergestellt</translation>
    </message>
    <message>
        <source>Procedure completed</source>
        <translation>Anleitung abgeschlossen</translation>
    </message>
    <message>
        <source>Procedure reopened</source>
        <translation>Anleitung wieder geöffnet</translation>
    </message>
    <message>
        <source>Procedure shown or hidden</source>
        <translation>Anleitung ein- oder ausgeblendet</translation>
    </message>
    <message>
        <source>Reply period extended by the other side</source>
        <translation>Antwortfrist von der Gegenseite verlängert</translation>
    </message>
    <message>
        <source>Reply period extension removed</source>
        <translation>Verlängerung der Antwortfrist entfernt</translation>
    </message>
    <message>
        <source>Covered by “{account}”: {guide}, sent {day}</source>
        <translation>Abgedeckt durch „{account}“: {guide}, gesendet am {day}</translation>
    </message>
    <message>
        <source>Covered by “{account}”: {guide}</source>
        <translation>Abgedeckt durch „{account}“: {guide}</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Step “{step}”</source>
        <translation>Schritt „{step}“</translation>
    </message>
    <message>
        <source>{step} (no longer in the guide)</source>
        <translation>{step} (nicht mehr in der Anleitung)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>step “{step}”</source>
        <translation>Schritt „{step}“</translation>
    </message>
    <message>
        <source>Status date or reference saved</source>
        <translation>Datum des Status oder Referenznummer gespeichert</translation>
    </message>
    <message>
        <source>status {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>from {before} to {after}</source>
        <translation>von {before} zu {after}</translation>
    </message>
    <message>
        <source>reference {reference}</source>
        <translation>Referenznummer {reference}</translation>
    </message>
    <message>
        <source>{status} since {when}</source>
        <translation>{status} seit {when}</translation>
    </message>
    <message>
        <source>(was {before})</source>
        <translation>(vorher {before})</translation>
    </message>
    <message>
        <source>to {reference}</source>
        <translation>auf {reference}</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message numerus="yes">
        <source>(%n character(s))</source>
        <translation>
            <numerusform>(%n Zeichen)</numerusform>
            <numerusform>(%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>(emptied)</source>
        <translation>(geleert)</translation>
    </message>
    <message>
        <source>Most important</source>
        <translation>Das Wichtigste</translation>
    </message>
    <message>
        <source>For the account&apos;s region ({region})</source>
        <translation>Für die Region des Kontos ({region})</translation>
    </message>
    <message>
        <source>Date that matters</source>
        <translation>Wichtiges Datum</translation>
    </message>
    <message>
        <source>(since {when})</source>
        <translation>(seit {when})</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenznummer</translation>
    </message>
    <message>
        <source>Reply period extended</source>
        <translation>Antwortfrist verlängert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Version of the guide followed</source>
        <translation>Befolgte Version der Anleitung</translation>
    </message>
    <message>
        <source>(the guide has changed since)</source>
        <translation>(die Anleitung hat sich seitdem geändert)</translation>
    </message>
    <message>
        <source>How the guide was checked</source>
        <translation>Wie die Anleitung geprüft wurde</translation>
    </message>
    <message>
        <source>dated {day}</source>
        <translation>Stand {day}</translation>
    </message>
    <message>
        <source>read {day}</source>
        <translation>gelesen am {day}</translation>
    </message>
    <message>
        <source>Generated {when} by Objector {version}. All times are in the time zone {zone}.</source>
        <translation>Erstellt am {when} von Objector {version}. Alle Zeiten sind in der Zeitzone {zone} angegeben.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Nutzername</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>Verknüpfte Konten</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Added to Objector</source>
        <translation>Zu Objector hinzugefügt</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>{guide} (no longer in the library)</source>
        <translation>{guide} (nicht mehr in der Sammlung)</translation>
    </message>
    <message>
        <source>{name}, {size}, SHA-256 {sha256}, attached {when}</source>
        <translation>{name}, {size}, SHA-256 {sha256}, angehängt am {when}</translation>
    </message>
    <message>
        <source>Objector evidence report</source>
        <translation>Objector-Nachweisbericht</translation>
    </message>
    <message>
        <source>Guide id</source>
        <translation>Kennung der Anleitung</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Antwort fällig</translation>
    </message>
    <message>
        <source>Check again on</source>
        <translation>Erneut prüfen am</translation>
    </message>
    <message>
        <source>Account: {account}</source>
        <translation>Konto: {account}</translation>
    </message>
    <message>
        <source>Account notes:</source>
        <translation>Notizen zum Konto:</translation>
    </message>
    <message>
        <source>Steps done:</source>
        <translation>Erledigte Schritte:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation>Angehängte Dateien:</translation>
    </message>
    <message>
        <source>Sources of the guide:</source>
        <translation>Quellen der Anleitung:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>en</source>
        <translation>de</translation>
    </message>
    <message>
        <source>Reply due: {guide} ({account})</source>
        <translation>Antwort fällig: {guide} ({account})</translation>
    </message>
    <message>
        <source>Submitted on {day}. If there is no reply by this date, you can send a reminder or complain to a data protection authority.</source>
        <translation>Eingereicht am {day}. Wenn bis zu diesem Datum keine Antwort kommt, können Sie eine Erinnerung schicken oder sich bei einer Datenschutzbehörde beschweren.</translation>
    </message>
    <message>
        <source>Check again: {guide} ({account})</source>
        <translation>Erneut prüfen: {guide} ({account})</translation>
    </message>
    <message>
        <source>Platforms can switch settings back on; check it is still as you left it.</source>
        <translation>Plattformen können Einstellungen wieder einschalten. Prüfen Sie, ob noch alles so ist, wie Sie es eingestellt haben.</translation>
    </message>
    <message>
        <source>Deadline: {guide} ({account})</source>
        <translation>Frist: {guide} ({account})</translation>
    </message>
    <message>
        <source>optional: a name for the Accounts Center these accounts share</source>
        <translation>optional: ein Name für das Accounts Center, das diese Konten teilen</translation>
    </message>
    <message>
        <source>optional: one name for your linked accounts, so one request can cover them</source>
        <translation>optional: ein gemeinsamer Name für Ihre verknüpften Konten, damit eine Anfrage alle abdecken kann</translation>
    </message>
    <message>
        <source>Give the account a label, so you can tell it from your others.</source>
        <translation>Geben Sie dem Konto eine Bezeichnung, damit Sie es von Ihren anderen Konten unterscheiden können.</translation>
    </message>
    <message>
        <source>Guide files with problems</source>
        <translation>Anleitungsdateien mit Problemen</translation>
    </message>
    <message>
        <source>These files were skipped; every other guide loaded. Fix each problem in the file and save it, or check it with &apos;objector validate FILE&apos;.</source>
        <translation>Diese Dateien wurden übersprungen; alle anderen Anleitungen wurden geladen. Beheben Sie jedes Problem in der Datei und speichern Sie sie, oder prüfen Sie sie mit &apos;objector validate DATEI&apos;.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Choose a guide or a step first, then attach the file to it.</source>
        <translation>Wählen Sie zuerst eine Anleitung oder einen Schritt aus und hängen Sie dann die Datei daran an.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dateien anhängen</translation>
    </message>
    <message>
        <source>Attach a large file?</source>
        <translation>Große Datei anhängen?</translation>
    </message>
    <message>
        <source>This file is {size}. Attach a copy anyway?

{name}</source>
        <translation>Diese Datei ist {size} groß. Trotzdem eine Kopie anhängen?

{name}</translation>
    </message>
    <message>
        <source>The picture could not be made into a PNG file: nothing was attached.</source>
        <translation>Das Bild konnte nicht in eine PNG-Datei umgewandelt werden: Es wurde nichts angehängt.</translation>
    </message>
    <message>
        <source>Pasted picture {time}.png</source>
        <translation>Eingefügtes Bild {time}.png</translation>
    </message>
    <message>
        <source>“{name}” is attached here already.</source>
        <translation>„{name}“ ist hier bereits angehängt.</translation>
    </message>
    <message>
        <source>Attached “{name}”.</source>
        <translation>„{name}“ angehängt.</translation>
    </message>
    <message>
        <source>The stored copy of “{name}” is missing (was it deleted?): {path}</source>
        <translation>Die gespeicherte Kopie von „{name}“ fehlt (wurde sie gelöscht?): {path}</translation>
    </message>
    <message>
        <source>No program opened “{name}”. Its copy is in {path}</source>
        <translation>Kein Programm hat „{name}“ geöffnet. Die Kopie liegt in {path}</translation>
    </message>
    <message>
        <source>Rename attached file</source>
        <translation>Angehängte Datei umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Removed “{name}”. Undo brings it back.</source>
        <translation>„{name}“ entfernt. Mit „Rückgängig“ holen Sie die Datei zurück.</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} Bytes</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <source>{size} · attached {date}</source>
        <translation>{size} · angehängt am {date}</translation>
    </message>
    <message>
        <source>E-mail from {sender}, {date}: {subject}</source>
        <translation>E-Mail von {sender}, {date}: {subject}</translation>
    </message>
    <message>
        <source>Date: {date}
From: {sender}
Subject: {subject}</source>
        <translation>Datum: {date}
Von: {sender}
Betreff: {subject}</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Angehängte Dateien</translation>
    </message>
    <message>
        <source>No files attached. Drop files here, paste a screenshot (Ctrl+V) or use “Attach file…”.</source>
        <translation>Keine Dateien angehängt. Ziehen Sie Dateien hierher, fügen Sie einen Screenshot ein (Strg+V) oder nutzen Sie „Datei anhängen…“.</translation>
    </message>
    <message>
        <source>No files attached</source>
        <translation>Keine Dateien angehängt</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Datei anhängen…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Eine Datei anhängen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the attached file</source>
        <translation>Angehängte Datei öffnen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the attached file</source>
        <translation>Angehängte Datei umbenennen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the attached file</source>
        <translation>Angehängte Datei entfernen</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.{advice}</source>
        <translation>{path} konnte nicht gespeichert werden: {reason}.{advice}</translation>
    </message>
    <message>
        <source>The report was not written</source>
        <translation>Der Bericht wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>Only “{label}”</source>
        <translation>Nur „{label}“</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Which accounts?</source>
        <translation>Welche Konten?</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Webseite (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <source>Choose another folder, or free some space, and try again.</source>
        <translation>Wählen Sie einen anderen Ordner oder geben Sie Speicherplatz frei, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>Bericht in {path} gespeichert.</translation>
    </message>
    <message>
        <source>The calendar file was not written</source>
        <translation>Die Kalenderdatei wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>Noch keine Termine</translation>
    </message>
    <message>
        <source>There is nothing to put in a calendar yet: no reply is due, no deadline is coming and no setting needs checking again.

When you tick the step that sends a request (or set its status to submitted), its reply date comes here.</source>
        <translation>Es gibt noch nichts für einen Kalender: Keine Antwort ist fällig, keine Frist steht bevor und keine Einstellung muss erneut geprüft werden.

Sobald Sie den Schritt abhaken, mit dem eine Anfrage gesendet wird (oder ihren Status auf „eingereicht“ setzen), kommt ihr Antworttermin hierher.</translation>
    </message>
    <message>
        <source>Export due dates</source>
        <translation>Termine exportieren</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <source>Calendar file not written</source>
        <translation>Kalenderdatei nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) written to {path}. Open it with your calendar.</source>
        <translation>
            <numerusform>%n Termin in {path} gespeichert. Öffnen Sie die Datei mit Ihrem Kalender.</numerusform>
            <numerusform>%n Termine in {path} gespeichert. Öffnen Sie die Datei mit Ihrem Kalender.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was not written</source>
        <translation>Die Sicherung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Back up everything</source>
        <translation>Alles sichern</translation>
    </message>
    <message>
        <source>Objector backup with attached files (*.zip);;Records only (*.json)</source>
        <translation>Objector-Sicherung mit angehängten Dateien (*.zip);;Nur Einträge (*.json)</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Sicherung in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>Import a backup</source>
        <translation>Sicherung importieren</translation>
    </message>
    <message>
        <source>Objector backup (*.zip *.json)</source>
        <translation>Objector-Sicherung (*.zip *.json)</translation>
    </message>
    <message>
        <source>Backup imported</source>
        <translation>Sicherung importiert</translation>
    </message>
    <message>
        <source>Added {accounts} account(s), {ticks} ticked step(s), {notes} note(s) and {history} history entries.</source>
        <translation>Hinzugefügt – Konten: {accounts}, abgehakte Schritte: {ticks}, Notizen: {notes}, Verlaufseinträge: {history}.</translation>
    </message>
    <message>
        <source>Import a Markdown checklist</source>
        <translation>Markdown-Checkliste importieren</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown *.txt)</source>
        <translation>Markdown (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>{path} could not be read as UTF-8 text: {reason}</source>
        <translation>{path} konnte nicht als UTF-8-Text gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>Where is this checklist from?</source>
        <translation>Woher stammt diese Checkliste?</translation>
    </message>
    <message>
        <source>The checklist names no web page. Give the address it comes from (https://…):</source>
        <translation>Die Checkliste nennt keine Webseite. Geben Sie die Adresse an, von der sie stammt (https://…):</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>{path} konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message numerus="yes">
        <source> %n link(s) that were not web or e-mail links were left out.</source>
        <translation>
            <numerusform> Ein Link, der kein Web- oder E-Mail-Link war, wurde weggelassen.</numerusform>
            <numerusform> %n Links, die keine Web- oder E-Mail-Links waren, wurden weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checklist imported</source>
        <translation>Checkliste importiert</translation>
    </message>
    <message>
        <source>{steps} step(s) imported into {path}.{dropped}

Open the file to check its platforms, regions and sources; Objector reloads it whenever you save it.</source>
        <translation>Schritte importiert: {steps}, in {path}.{dropped}

Öffnen Sie die Datei, um ihre Plattformen, Regionen und Quellen zu prüfen; Objector lädt sie jedes Mal neu, wenn Sie sie speichern.</translation>
    </message>
    <message>
        <source>Choose a guide or a step first.</source>
        <translation>Wählen Sie zuerst eine Anleitung oder einen Schritt aus.</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Problem melden</translation>
    </message>
    <message>
        <source>A report about this procedure is on the clipboard. Paste it into an e-mail or an issue for the people who keep the procedures, and add what you saw. Objector sends nothing itself.</source>
        <translation>Ein Bericht zu dieser Anleitung liegt in der Zwischenablage. Fügen Sie ihn in eine E-Mail oder ein Issue für die Personen ein, die die Anleitungen pflegen, und ergänzen Sie, was Sie gesehen haben. Objector selbst sendet nichts.</translation>
    </message>
    <message>
        <source>Open in my e-mail program</source>
        <translation>In meinem E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>No e-mail program answered. The report is on the clipboard: paste it into an e-mail or an issue for the people who keep the procedures.</source>
        <translation>Kein E-Mail-Programm hat reagiert. Der Bericht liegt in der Zwischenablage: Fügen Sie ihn in eine E-Mail oder ein Issue für die Personen ein, die die Anleitungen pflegen.</translation>
    </message>
    <message>
        <source>Actions due</source>
        <translation>Fällige Aufgaben</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) due: see the Overview (Ctrl+2)</source>
        <translation>
            <numerusform>%n Aufgabe fällig: siehe Übersicht (Strg+2)</numerusform>
            <numerusform>%n Aufgaben fällig: siehe Übersicht (Strg+2)</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: every file loaded.</source>
        <translation>Keine Probleme: Alle Dateien wurden geladen.</translation>
    </message>
    <message>
        <source>About Objector</source>
        <translation>Über Objector</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Objector {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Keeps track of objecting to AI training on your data, account by account. Everything stays on this computer; Objector never connects to the internet itself.&lt;/p&gt;&lt;p&gt;Your data folder: {folder}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Objector {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Hilft Ihnen, Konto für Konto den Überblick über Ihre Widersprüche gegen KI-Training mit Ihren Daten zu behalten. Alles bleibt auf diesem Computer; Objector verbindet sich nie selbst mit dem Internet.&lt;/p&gt;&lt;p&gt;Ihr Datenordner: {folder}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>&amp;Aus dem Archiv holen</translation>
    </message>
    <message>
        <source>Added the complaint guide to this account.</source>
        <translation>Die Beschwerde-Anleitung wurde diesem Konto hinzugefügt.</translation>
    </message>
    <message>
        <source>Guides reloaded: {count} loaded.</source>
        <translation>Anleitungen neu geladen: {count} geladen.</translation>
    </message>
    <message>
        <source>Objector is already open: this is its window.</source>
        <translation>Objector ist bereits geöffnet: Dies ist sein Fenster.</translation>
    </message>
    <message>
        <source>Updated: your data was changed outside this window.</source>
        <translation>Aktualisiert: Ihre Daten wurden außerhalb dieses Fensters geändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{platform}, {region}: {done} of %n step(s) done{archived}</source>
        <translation>
            <numerusform>{platform}, {region}: {done} von %n Schritt erledigt{archived}</numerusform>
            <numerusform>{platform}, {region}: {done} von %n Schritten erledigt{archived}</numerusform>
        </translation>
    </message>
    <message>
        <source>Guide and steps</source>
        <translation>Anleitung und Schritte</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>or: {title}</source>
        <translation>oder: {title}</translation>
    </message>
    <message>
        <source>{title} (in English)</source>
        <translation>{title} (auf Englisch)</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <source>{progress} · covered</source>
        <translation>{progress} · abgedeckt</translation>
    </message>
    <message>
        <source>{progress} · {status}</source>
        <translation>{progress} · {status}</translation>
    </message>
    <message>
        <source>

Last checked {date}: may be out of date.</source>
        <translation>

Zuletzt geprüft am {date}: möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>

Do one of these: this route or the one above it. One is enough.</source>
        <translation>

Erledigen Sie nur eines davon: diesen Weg oder den darüber. Einer genügt.</translation>
    </message>
    <message>
        <source>

This guide is not yet translated into your language: it is shown in English.</source>
        <translation>

Diese Anleitung ist noch nicht in Ihre Sprache übersetzt: Sie wird auf Englisch angezeigt.</translation>
    </message>
    <message>
        <source>

Covered by what you did on “{account}” (linked accounts: one request covers them all).</source>
        <translation>

Abgedeckt durch das, was Sie bei „{account}“ erledigt haben (verknüpfte Konten: Eine Anfrage deckt sie alle ab).</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done</source>
        <translation>
            <numerusform>{done} von %n Schritt erledigt</numerusform>
            <numerusform>{done} von %n Schritten erledigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other way(s) to do this, shown below: one route is enough</source>
        <translation>
            <numerusform>Ein weiterer Weg dafür, unten angezeigt: Ein Weg genügt</numerusform>
            <numerusform>%n weitere Wege dafür, unten angezeigt: Ein Weg genügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other way(s) to do this (one route is enough)</source>
        <translation>
            <numerusform>Ein weiterer Weg dafür (ein Weg genügt)</numerusform>
            <numerusform>%n weitere Wege dafür (ein Weg genügt)</numerusform>
        </translation>
    </message>
    <message>
        <source>The route above is the one recommended. Open this row (its arrow, or Enter) to show the other ways right below it; you need only one of them.</source>
        <translation>Der Weg oben ist der empfohlene. Öffnen Sie diese Zeile (mit ihrem Pfeil oder der Eingabetaste), um die anderen Wege direkt darunter zu sehen; Sie brauchen nur einen davon.</translation>
    </message>
    <message>
        <source>covered by {account}</source>
        <translation>abgedeckt durch {account}</translation>
    </message>
    <message>
        <source>Note changed elsewhere</source>
        <translation>Notiz wurde anderswo geändert</translation>
    </message>
    <message>
        <source>This note was changed outside this window (by another Objector or a command) while you were typing.

Keep both texts (the other one first, then yours), only yours, or only the other?</source>
        <translation>Diese Notiz wurde außerhalb dieses Fensters geändert (durch ein anderes Objector oder einen Befehl), während Sie getippt haben.

Beide Texte behalten (zuerst den anderen, dann Ihren), nur Ihren oder nur den anderen?</translation>
    </message>
    <message>
        <source>Changed elsewhere:
{stored}

Typed here:
{typed}</source>
        <translation>Anderswo geändert:
{stored}

Hier getippt:
{typed}</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Meinen behalten</translation>
    </message>
    <message>
        <source>Keep the &amp;other</source>
        <translation>Den &amp;anderen behalten</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Notizen nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) you typed could not be saved: {problem}.

File: {path}

{advice}

Stay in Objector to copy them somewhere safe (they are still in their note boxes), or close and lose them?</source>
        <translation>
            <numerusform>Eine Notiz, die Sie getippt haben, konnte nicht gespeichert werden: {problem}.

Datei: {path}

{advice}

In Objector bleiben, um sie an einen sicheren Ort zu kopieren (sie steht noch in ihrem Notizfeld), oder schließen und sie verlieren?</numerusform>
            <numerusform>%n Notizen, die Sie getippt haben, konnten nicht gespeichert werden: {problem}.

Datei: {path}

{advice}

In Objector bleiben, um sie an einen sicheren Ort zu kopieren (sie stehen noch in ihren Notizfeldern), oder schließen und sie verlieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or fold away the notes</source>
        <translation>Notizen anzeigen oder einklappen</translation>
    </message>
    <message>
        <source>Notes for this account</source>
        <translation>Notizen zu diesem Konto</translation>
    </message>
    <message>
        <source>Notes for this account…</source>
        <translation>Notizen zu diesem Konto…</translation>
    </message>
    <message>
        <source>Notes for this guide</source>
        <translation>Notizen zu dieser Anleitung</translation>
    </message>
    <message>
        <source>Notes for this guide: reference numbers, replies…</source>
        <translation>Notizen zu dieser Anleitung: Referenznummern, Antworten…</translation>
    </message>
    <message>
        <source>Notes for this step</source>
        <translation>Notizen zu diesem Schritt</translation>
    </message>
    <message>
        <source>Notes for this step…</source>
        <translation>Notizen zu diesem Schritt…</translation>
    </message>
    <message>
        <source>Account &amp;notes</source>
        <translation>Konto&amp;notizen</translation>
    </message>
    <message>
        <source>&amp;Guide notes</source>
        <translation>Anleitun&amp;gsnotizen</translation>
    </message>
    <message>
        <source>S&amp;tep notes</source>
        <translation>Schri&amp;ttnotizen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message numerus="yes">
        <source>Notes (%n with text)</source>
        <translation>
            <numerusform>Notizen (%n mit Text)</numerusform>
            <numerusform>Notizen (%n mit Text)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fold the notes away to give the step more room</source>
        <translation>Notizen einklappen, um dem Schritt mehr Platz zu geben</translation>
    </message>
    <message>
        <source>Show the notes for this account, guide and step</source>
        <translation>Notizen zu diesem Konto, dieser Anleitung und diesem Schritt anzeigen</translation>
    </message>
    <message>
        <source>You attached their reply for “{title}”, dated {date}. What did they answer?

Objector records it with that date; you can change it in the details.</source>
        <translation>Sie haben die Antwort zu „{title}“ vom {date} angehängt. Wie lautet die Antwort?

Objector speichert sie mit diesem Datum; Sie können es in den Details ändern.</translation>
    </message>
    <message>
        <source>You ticked the reply for “{title}”. What did they answer?

Objector records it with today&apos;s date; you can change the date in the details.</source>
        <translation>Sie haben die Antwort zu „{title}“ abgehakt. Wie lautet die Antwort?

Objector speichert sie mit dem heutigen Datum; Sie können das Datum in den Details ändern.</translation>
    </message>
    <message>
        <source>What came back?</source>
        <translation>Welche Antwort kam?</translation>
    </message>
    <message>
        <source>They &amp;agreed</source>
        <translation>&amp;Zugestimmt</translation>
    </message>
    <message>
        <source>They &amp;refused</source>
        <translation>&amp;Abgelehnt</translation>
    </message>
    <message>
        <source>They need &amp;more time</source>
        <translation>&amp;Mehr Zeit benötigt</translation>
    </message>
    <message>
        <source>&amp;Nothing yet</source>
        <translation>&amp;Noch nichts</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Complain?</source>
        <translation>Beschweren?</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>{date} · {kind} · {account} · {procedure}: {action}</source>
        <translation>{date} · {kind} · {account} · {procedure}: {action}</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>Nächste Aufgaben</translation>
    </message>
    <message>
        <source>Nothing is due. Objector will list replies, deadlines and settings to check again here when they come up.</source>
        <translation>Nichts ist fällig. Objector listet hier Antworten, Fristen und erneut zu prüfende Einstellungen auf, sobald sie anstehen.</translation>
    </message>
    <message>
        <source>All accounts and guides</source>
        <translation>Alle Konten und Anleitungen</translation>
    </message>
    <message>
        <source>&amp;Next actions</source>
        <translation>&amp;Nächste Aufgaben</translation>
    </message>
    <message>
        <source>&amp;All accounts</source>
        <translation>&amp;Alle Konten</translation>
    </message>
    <message>
        <source>Qt could not write the PDF to {path}</source>
        <translation>Qt konnte das PDF nicht in {path} speichern</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>Probleme anzeigen</translation>
    </message>
    <message>
        <source>Show the problems in guide files</source>
        <translation>Probleme in Anleitungsdateien anzeigen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss the notice of problems in guide files</source>
        <translation>Hinweis auf Probleme in Anleitungsdateien schließen</translation>
    </message>
    <message numerus="yes">
        <source>%n guide file(s) have problems and were skipped; everything else loaded.</source>
        <translation>
            <numerusform>Eine Anleitungsdatei hat Probleme und wurde übersprungen; alles andere wurde geladen.</numerusform>
            <numerusform>%n Anleitungsdateien haben Probleme und wurden übersprungen; alles andere wurde geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a guide to this account</source>
        <translation>Diesem Konto eine Anleitung hinzufügen</translation>
    </message>
    <message>
        <source>Hidden. Guide &gt; Show a hidden guide again brings it back.</source>
        <translation>Ausgeblendet. Mit „Anleitung &gt; Ausgeblendete Anleitung wieder anzeigen“ holen Sie sie zurück.</translation>
    </message>
    <message>
        <source>No guide is hidden for this account.</source>
        <translation>Für dieses Konto ist keine Anleitung ausgeblendet.</translation>
    </message>
    <message>
        <source>Show a hidden guide again</source>
        <translation>Ausgeblendete Anleitung wieder anzeigen</translation>
    </message>
    <message>
        <source>Proposed, not in force:</source>
        <translation>Vorgeschlagen, noch nicht in Kraft:</translation>
    </message>
    <message>
        <source>Most important:</source>
        <translation>Das Wichtigste:</translation>
    </message>
    <message>
        <source>For your region ({region}):</source>
        <translation>Für Ihre Region ({region}):</translation>
    </message>
    <message>
        <source>What you get:</source>
        <translation>Was Sie bekommen:</translation>
    </message>
    <message>
        <source>Date that matters:</source>
        <translation>Wichtiges Datum:</translation>
    </message>
    <message>
        <source>More to know</source>
        <translation>Weitere Hinweise</translation>
    </message>
    <message>
        <source>Where sources disagree, for reviewers</source>
        <translation>Wo sich die Quellen widersprechen (für Prüfer)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>What is happening (updated {date})</source>
        <translation>Was gerade passiert (aktualisiert am {date})</translation>
    </message>
    <message>
        <source>It may be out of date.</source>
        <translation>Die Angaben sind möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>Its name for problem reports: {id}</source>
        <translation>Kennung für Problemmeldungen: {id}</translation>
    </message>
    <message>
        <source>dated {published}, read {accessed}</source>
        <translation>vom {published}, abgerufen am {accessed}</translation>
    </message>
    <message>
        <source>dated {published}</source>
        <translation>vom {published}</translation>
    </message>
    <message>
        <source>undated, read {accessed}</source>
        <translation>ohne Datum, abgerufen am {accessed}</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>This step&apos;s translation is older than the English text, which says:</source>
        <translation>Die Übersetzung dieses Schritts ist älter als der englische Text. Dieser lautet:</translation>
    </message>
    <message>
        <source>What to expect:</source>
        <translation>Was Sie erwartet:</translation>
    </message>
    <message>
        <source>This guide changed since you finished it. New steps: {titles}</source>
        <translation>Diese Anleitung hat sich geändert, seit Sie sie abgeschlossen haben. Neue Schritte: {titles}</translation>
    </message>
    <message>
        <source>This guide changed since you finished it; check it again.</source>
        <translation>Diese Anleitung hat sich geändert, seit Sie sie abgeschlossen haben; prüfen Sie sie erneut.</translation>
    </message>
    <message>
        <source>You ticked steps that are no longer in this guide (kept in your history): {steps}</source>
        <translation>Sie haben Schritte abgehakt, die nicht mehr in dieser Anleitung stehen (in Ihrem Verlauf aufbewahrt): {steps}</translation>
    </message>
    <message>
        <source>Last checked on {date}: it may be out of date.</source>
        <translation>Zuletzt geprüft am {date}: Die Angaben sind möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>Recorded as sent today: the reply clock has started.</source>
        <translation>Als heute gesendet eingetragen: Die Antwortfrist läuft.</translation>
    </message>
    <message>
        <source>Recorded what came back, on {date}.</source>
        <translation>Antwort eingetragen, mit Datum {date}.</translation>
    </message>
    <message>
        <source>Noted. Objector will remind you again later.</source>
        <translation>Notiert. Objector erinnert Sie später noch einmal.</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Änderungen noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Not saved yet: {problem}.</source>
        <translation>Noch nicht gespeichert: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved yet: another program is using your data. Objector keeps trying.</source>
        <translation>
            <numerusform>Eine Änderung noch nicht gespeichert: Ein anderes Programm verwendet Ihre Daten. Objector versucht es weiter.</numerusform>
            <numerusform>%n Änderungen noch nicht gespeichert: Ein anderes Programm verwendet Ihre Daten. Objector versucht es weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still not saved: {problem}. File: {path}</source>
        <translation>Immer noch nicht gespeichert: {problem}. Datei: {path}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>{problem}.

{advice}</source>
        <translation>{problem}.

{advice}</translation>
    </message>
    <message>
        <source>{title}: {error}

Nothing else was changed. If this keeps happening, use Guide &gt; Report a problem with this guide, or the command line (objector --help), and say what you did.</source>
        <translation>{title}: {error}

Sonst wurde nichts geändert. Wenn das immer wieder passiert, nutzen Sie Anleitung &gt; Problem mit dieser Anleitung melden oder die Befehlszeile (objector --help) und beschreiben Sie, was Sie getan haben.</translation>
    </message>
    <message>
        <source>Checklist or overview</source>
        <translation>Checkliste oder Übersicht</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Objector&lt;/h2&gt;&lt;p&gt;Add each account you want to protect: your Facebook, your Instagram, a second profile. Objector then shows, for each one, the steps to object to AI training or limit it, and keeps track of what you have done.&lt;/p&gt;&lt;p&gt;Everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Willkommen bei Objector&lt;/h2&gt;&lt;p&gt;Fügen Sie jedes Konto hinzu, das Sie schützen möchten: Ihr Facebook, Ihr Instagram, ein zweites Profil. Objector zeigt Ihnen dann für jedes Konto die Schritte, mit denen Sie dem KI-Training widersprechen oder es einschränken, und hält fest, was Sie schon erledigt haben.&lt;/p&gt;&lt;p&gt;Alles bleibt auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add your first account…</source>
        <translation>Ihr erstes Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Add your first account</source>
        <translation>Ihr erstes Konto hinzufügen</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Systemsprache ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Objector will speak {language} from its next start.</source>
        <translation>Objector verwendet ab dem nächsten Start die Sprache {language}.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Jetzt neu starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
</context>
</TS>
