<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name></name>
    <message>
        <source>No reply since {submitted}: the reply was due on {due}</source>
        <translation>Geen antwoord sinds {submitted}: het antwoord had er op {due} moeten zijn</translation>
    </message>
    <message>
        <source>Reply due by {due}</source>
        <translation>Antwoord verwacht uiterlijk {due}</translation>
    </message>
    <message>
        <source>Refused or unanswered: you can complain to a data protection authority</source>
        <translation>Geweigerd of geen antwoord: je kunt een klacht indienen bij een toezichthouder</translation>
    </message>
    <message>
        <source>Check this setting again (due {due})</source>
        <translation>Controleer deze instelling opnieuw (uiterlijk {due})</translation>
    </message>
    <message>
        <source>Started, not finished</source>
        <translation>Begonnen, niet afgerond</translation>
    </message>
    <message>
        <source>Deadline {date}: {description}</source>
        <translation>Deadline {date}: {description}</translation>
    </message>
    <message>
        <source>{days} days left until {date}: {description}</source>
        <translation>Nog {days} dagen tot {date}: {description}</translation>
    </message>
    <message>
        <source>Tomorrow ({date}): {description}</source>
        <translation>Morgen ({date}): {description}</translation>
    </message>
    <message>
        <source>Today ({date}): {description}</source>
        <translation>Vandaag ({date}): {description}</translation>
    </message>
    <message>
        <source>The date {date} has passed: {description} {after}</source>
        <translation>De datum {date} is voorbij: {description} {after}</translation>
    </message>
    <message>
        <source>The date {date} has passed: {description}</source>
        <translation>De datum {date} is voorbij: {description}</translation>
    </message>
    <message>
        <source>Last checked on {day}; the file does not say how.</source>
        <translation>Laatst gecontroleerd op {day}; het bestand zegt niet hoe.</translation>
    </message>
    <message>
        <source>Followed in the live app or website on {day}.</source>
        <translation>Op {day} stap voor stap gevolgd in de app of op de website zelf.</translation>
    </message>
    <message>
        <source>Checked against the regulators&apos; own pages on {day}; not tried out.</source>
        <translation>Op {day} vergeleken met de eigen pagina&apos;s van de toezichthouders; niet zelf uitgeprobeerd.</translation>
    </message>
    <message>
        <source>Checked against the company&apos;s own help pages on {day}; not checked in the app.</source>
        <translation>Op {day} vergeleken met de eigen helppagina&apos;s van het bedrijf; niet in de app gecontroleerd.</translation>
    </message>
    <message>
        <source>Checked against {company}&apos;s own help pages on {day}; not checked in the app.</source>
        <translation>Op {day} vergeleken met de eigen helppagina&apos;s van {company}; niet in de app gecontroleerd.</translation>
    </message>
    <message>
        <source>Compiled from news reports and guides, none of them dated; not checked in the app (checked {day}).</source>
        <translation>Samengesteld uit nieuwsberichten en handleidingen, zonder datum; niet in de app gecontroleerd (gecontroleerd op {day}).</translation>
    </message>
    <message>
        <source>Compiled from news reports and guides published up to {month}; not checked in the app (checked {day}).</source>
        <translation>Samengesteld uit nieuwsberichten en handleidingen verschenen tot en met {month}; niet in de app gecontroleerd (gecontroleerd op {day}).</translation>
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
        <translation>Anders</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>niet begonnen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>ingediend</translation>
    </message>
    <message>
        <source>waiting for a reply</source>
        <translation>wacht op antwoord</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>toegekend</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>niet van toepassing</translation>
    </message>
    <message>
        <source>Added “{label}”.</source>
        <translation>“{label}” toegevoegd.</translation>
    </message>
    <message>
        <source>Same Accounts Center?</source>
        <translation>Hetzelfde Accounts Center?</translation>
    </message>
    <message>
        <source>Is “{new}” in the same Accounts Center as “{other}”?

Meta links accounts in an Accounts Center, and one objection covers every account in it. To check, in the Facebook app: your profile picture, then Settings &amp; privacy, Settings, Accounts Center. In Instagram: your profile, then ☰, Accounts Center. The accounts listed there are linked.</source>
        <translation>Zit “{new}” in hetzelfde Accounts Center als “{other}”?

Meta koppelt accounts in een Accounts Center, en één bezwaar geldt dan voor elk account daarin. Zo controleer je het in de Facebook-app: tik op je profielfoto, dan Instellingen en privacy (Settings &amp; privacy), Instellingen, Accounts Center. In Instagram: je profiel, dan ☰, Accounts Center. De accounts die daar staan, zijn gekoppeld.</translation>
    </message>
    <message>
        <source>&amp;Yes, the same</source>
        <translation>&amp;Ja, hetzelfde</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nee</translation>
    </message>
    <message>
        <source>I&apos;ll &amp;check later</source>
        <translation>Ik &amp;kijk het later na</translation>
    </message>
    <message>
        <source>Accounts Center of {label}</source>
        <translation>Accounts Center van {label}</translation>
    </message>
    <message>
        <source>Archived “{label}”. Show archived accounts to see it again.</source>
        <translation>“{label}” gearchiveerd. Zet ‘Gearchiveerde accounts tonen’ aan om het weer te zien.</translation>
    </message>
    <message>
        <source>“{label}” is active again.</source>
        <translation>“{label}” is weer actief.</translation>
    </message>
    <message>
        <source>Delete account?</source>
        <translation>Account verwijderen?</translation>
    </message>
    <message>
        <source>Delete “{label}” and everything recorded for it?

This removes {ticks}, {notes}, {evidence} and {history}. It cannot be undone. To keep the record but put it out of the way, choose Archive instead.</source>
        <translation>“{label}” verwijderen, met alles wat je ervoor hebt bijgehouden?

Hiermee verwijder je {ticks}, {notes}, {evidence} en {history}. Dit kun je niet ongedaan maken. Wil je de gegevens bewaren maar uit het zicht hebben? Kies dan Archiveren.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked step(s)</source>
        <translation>
            <numerusform>%n afgevinkte stap</numerusform>
            <numerusform>%n afgevinkte stappen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n bijlage</numerusform>
            <numerusform>%n bijlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n change(s) recorded in its history</source>
        <translation>
            <numerusform>de %n wijziging in de geschiedenis</numerusform>
            <numerusform>de %n wijzigingen in de geschiedenis</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Account &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Account toevoegen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>&amp;Rapport exporteren…</translation>
    </message>
    <message>
        <source>Export due dates to a &amp;calendar file…</source>
        <translation>Datums exporteren naar een a&amp;gendabestand…</translation>
    </message>
    <message>
        <source>&amp;Import a Markdown checklist as a procedure…</source>
        <translation>Markdown-checklist &amp;importeren als stappenplan…</translation>
    </message>
    <message>
        <source>&amp;Back up everything to a file…</source>
        <translation>&amp;Back-up van alles opslaan in een bestand…</translation>
    </message>
    <message>
        <source>Import a backup &amp;file…</source>
        <translation>Back-upbestand im&amp;porteren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>&amp;Copy text to fill in</source>
        <translation>Invultekst &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>&amp;Checklist</translation>
    </message>
    <message>
        <source>&amp;Overview and next actions</source>
        <translation>&amp;Overzicht en volgende acties</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Rename or edit…</source>
        <translation>&amp;Naam wijzigen of bewerken…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Show a&amp;rchived accounts</source>
        <translation>&amp;Gearchiveerde accounts tonen</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Stappenplan</translation>
    </message>
    <message>
        <source>&amp;Tick or untick step</source>
        <translation>&amp;Vinkje bij stap zetten of weghalen</translation>
    </message>
    <message>
        <source>&amp;Add a guide to this account…</source>
        <translation>&amp;Stappenplan toevoegen aan dit account…</translation>
    </message>
    <message>
        <source>&amp;Hide this guide for this account</source>
        <translation>Dit stappenplan ver&amp;bergen voor dit account</translation>
    </message>
    <message>
        <source>Show a &amp;hidden guide again…</source>
        <translation>Verborgen stappenplan weer &amp;tonen…</translation>
    </message>
    <message>
        <source>Attach &amp;file to this step or guide…</source>
        <translation>Bestand b&amp;ijvoegen bij deze stap of dit stappenplan…</translation>
    </message>
    <message>
        <source>Hide &amp;completed guides</source>
        <translation>&amp;Afgeronde stappenplannen verbergen</translation>
    </message>
    <message>
        <source>&amp;Expand all</source>
        <translation>Alles &amp;uitklappen</translation>
    </message>
    <message>
        <source>C&amp;ollapse all</source>
        <translation>Alles in&amp;klappen</translation>
    </message>
    <message>
        <source>&amp;Report a problem with this guide…</source>
        <translation>Een &amp;probleem met dit stappenplan melden…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Guide file &amp;problems…</source>
        <translation>&amp;Problemen in stappenplanbestanden…</translation>
    </message>
    <message>
        <source>&amp;About Objector</source>
        <translation>&amp;Over Objector</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnieuw &amp;uitvoeren</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>Your Objector data cannot be read</source>
        <translation>Je Objector-gegevens kunnen niet worden gelezen</translation>
    </message>
    <message>
        <source>{problem}.

File: {path}

Objector has not changed it and will keep it beside the new one.</source>
        <translation>{problem}.

Bestand: {path}

Objector heeft het niet gewijzigd en bewaart het naast het nieuwe bestand.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Deze back-up terugzetten</translation>
    </message>
    <message>
        <source>Start a new, empty database</source>
        <translation>Beginnen met een nieuwe, lege database</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Objector cannot continue</source>
        <translation>Objector kan niet verder</translation>
    </message>
    <message>
        <source>Objector cannot open your data</source>
        <translation>Objector kan je gegevens niet openen</translation>
    </message>
    <message>
        <source>{problem}.

File: {path}

{advice}</source>
        <translation>{problem}.

Bestand: {path}

{advice}</translation>
    </message>
    <message>
        <source>The newest good backup was made on {made}. It holds {accounts} and {history}; the last change in it was on {last} UTC.</source>
        <translation>De nieuwste goede back-up is gemaakt op {made}. Daarin staan {accounts} en {history}; de laatste wijziging daarin was op {last} UTC.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded in their history</source>
        <translation>
            <numerusform>%n wijziging in hun geschiedenis</numerusform>
            <numerusform>%n wijzigingen in hun geschiedenis</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Objector is already open with the data folder {folder}; its window was brought to the front.</source>
        <translation>Objector is al geopend met de gegevensmap {folder}; het venster is naar voren gehaald.</translation>
    </message>
    <message>
        <source>Objector is already open with the data folder {folder} (process {pid}), but its window did not come forward.

Switch to that window. If it no longer responds, close it (or end process {pid}) and start Objector again. Nothing was changed.</source>
        <translation>Objector is al geopend met de gegevensmap {folder} (proces {pid}), maar het venster kwam niet naar voren.

Ga naar dat venster. Reageert het niet meer, sluit het dan (of beëindig proces {pid}) en start Objector opnieuw. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Objector is already open</source>
        <translation>Objector is al geopend</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>De schijf is vol</translation>
    </message>
    <message>
        <source>The disk that holds your data is full, so Objector opened it read-only: you can read everything and back it up to another disk (File &gt; Back up everything), but changes cannot be saved.

Free some space on the disk, then start Objector again.

Folder: {folder}</source>
        <translation>De schijf met je gegevens is vol. Daarom heeft Objector ze alleen-lezen geopend: je kunt alles lezen en er een back-up van maken op een andere schijf (Bestand &gt; Back-up van alles opslaan in een bestand), maar wijzigingen kunnen niet worden opgeslagen.

Maak wat ruimte vrij op de schijf en start Objector daarna opnieuw.

Map: {folder}</translation>
    </message>
    <message>
        <source>The automatic backup could not be made: {error}</source>
        <translation>De automatische back-up kon niet worden gemaakt: {error}</translation>
    </message>
    <message>
        <source>That link was not opened: only web (https, http) and e-mail links are allowed.</source>
        <translation>Die link is niet geopend: alleen weblinks (https, http) en e-maillinks zijn toegestaan.</translation>
    </message>
    <message>
        <source>The link did not open</source>
        <translation>De link ging niet open</translation>
    </message>
    <message>
        <source>No e-mail program answered. Copy the address and paste it into your e-mail:</source>
        <translation>Er reageerde geen e-mailprogramma. Kopieer het adres en plak het in je e-mail:</translation>
    </message>
    <message>
        <source>No web browser answered. Copy the address and paste it into your browser:</source>
        <translation>Er reageerde geen webbrowser. Kopieer het adres en plak het in je browser:</translation>
    </message>
    <message>
        <source>Address of the link</source>
        <translation>Adres van de link</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>Adres &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Adres kopiëren</translation>
    </message>
    <message>
        <source>Copied. Paste it into your e-mail program.</source>
        <translation>Gekopieerd. Plak het in je e-mailprogramma.</translation>
    </message>
    <message>
        <source>Copied. Paste it into your browser&apos;s address bar.</source>
        <translation>Gekopieerd. Plak het in de adresbalk van je browser.</translation>
    </message>
    <message>
        <source>[image not shown]</source>
        <translation>[afbeelding niet getoond]</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Gekozen account</translation>
    </message>
    <message>
        <source>Progress for this account</source>
        <translation>Voortgang voor dit account</translation>
    </message>
    <message>
        <source>Search guides, steps and notes</source>
        <translation>Zoeken in stappenplannen, stappen en notities</translation>
    </message>
    <message>
        <source>Search guides, steps and notes (Ctrl+F)</source>
        <translation>Zoeken in stappenplannen, stappen en notities (Ctrl+F)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Niets gevonden</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (gearchiveerd)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt;{archived} · {platform}, {region}</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt;{archived} · {platform}, {region}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s)</source>
        <translation>
            <numerusform>{done} van %n stap</numerusform>
            <numerusform>{done} van %n stappen</numerusform>
        </translation>
    </message>
    <message>
        <source>No guide, step or note that is not finished contains “{text}”. Press Esc to clear the search, or show the completed ones.</source>
        <translation>Geen stappenplan, stap of notitie die nog niet af is, bevat “{text}”. Druk op Esc om de zoekopdracht te wissen, of toon ook de afgeronde.</translation>
    </message>
    <message>
        <source>No guide, step or note contains “{text}”. Press Esc to clear the search.</source>
        <translation>Geen enkel stappenplan, stap of notitie bevat “{text}”. Druk op Esc om de zoekopdracht te wissen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No matches&lt;/b&gt;&lt;br&gt;{hint}</source>
        <translation>&lt;b&gt;Niets gevonden&lt;/b&gt;&lt;br&gt;{hint}</translation>
    </message>
    <message>
        <source>Tick “{step}”</source>
        <translation>“{step}” afvinken</translation>
    </message>
    <message>
        <source>Untick “{step}”</source>
        <translation>Vinkje bij “{step}” weghalen</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status wijzigen</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notitie bewerken</translation>
    </message>
    <message>
        <source>Rename “{name}”</source>
        <translation>Naam van “{name}” wijzigen</translation>
    </message>
    <message>
        <source>Remove “{name}”</source>
        <translation>“{name}” verwijderen</translation>
    </message>
    <message>
        <source>Attach “{name}”</source>
        <translation>“{name}” bijvoegen</translation>
    </message>
    <message>
        <source>They need more time</source>
        <translation>Ze hebben meer tijd nodig</translation>
    </message>
    <message>
        <source>Change the reference</source>
        <translation>Referentie wijzigen</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Datum wijzigen</translation>
    </message>
    <message>
        <source>Choose a guide or a step to see it here.</source>
        <translation>Kies een stappenplan of een stap om het hier te zien.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Guide details</source>
        <translation>Details van het stappenplan</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status of this request</source>
        <translation>Status van dit verzoek</translation>
    </message>
    <message>
        <source>&amp;on</source>
        <translation>&amp;op</translation>
    </message>
    <message>
        <source>Date of this status</source>
        <translation>Datum van deze status</translation>
    </message>
    <message>
        <source>Reference number or confirmation text (optional)</source>
        <translation>Referentienummer of bevestigingstekst (optioneel)</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Referentienummer</translation>
    </message>
    <message>
        <source>They said they need longer to reply (e&amp;xtension)</source>
        <translation>Ze hebben laten weten dat ze meer tijd nodig hebben (verle&amp;nging)</translation>
    </message>
    <message>
        <source>The other side extended the reply period</source>
        <translation>De andere partij heeft de antwoordtermijn verlengd</translation>
    </message>
    <message>
        <source>Reply clock</source>
        <translation>Antwoordtermijn</translation>
    </message>
    <message>
        <source>I checked it &amp;again today</source>
        <translation>Ik heb het vandaag opnieuw &amp;gecontroleerd</translation>
    </message>
    <message>
        <source>I checked it again today</source>
        <translation>Ik heb het vandaag opnieuw gecontroleerd</translation>
    </message>
    <message>
        <source>Add the complaint guide to this account</source>
        <translation>Het stappenplan voor een klacht toevoegen aan dit account</translation>
    </message>
    <message>
        <source>Text to copy, with your details filled in:</source>
        <translation>Tekst om te kopiëren, met je gegevens al ingevuld:</translation>
    </message>
    <message>
        <source>Text to copy</source>
        <translation>Tekst om te kopiëren</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>Tekst &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Tekst kopiëren</translation>
    </message>
    <message>
        <source>Copied. Paste it into the form.</source>
        <translation>Gekopieerd. Plak het in het formulier.</translation>
    </message>
    <message>
        <source>Nothing to attach: copy a picture or a file first.</source>
        <translation>Niets om bij te voegen: kopieer eerst een afbeelding of een bestand.</translation>
    </message>
    <message>
        <source>Add an account to begin.</source>
        <translation>Voeg een account toe om te beginnen.</translation>
    </message>
    <message>
        <source>Covered by “{account}”: {procedure}, sent {date}.</source>
        <translation>Gedekt door “{account}”: {procedure}, verstuurd op {date}.</translation>
    </message>
    <message>
        <source>Covered by “{account}”: {procedure}.</source>
        <translation>Gedekt door “{account}”: {procedure}.</translation>
    </message>
    <message>
        <source>One request covers all your linked accounts (for Meta, the accounts in the same Accounts Center). If that request is refused, this one is no longer covered.</source>
        <translation>Eén verzoek geldt voor al je gekoppelde accounts (bij Meta: de accounts in hetzelfde Accounts Center). Wordt dat verzoek geweigerd, dan is dit account niet meer gedekt.</translation>
    </message>
    <message>
        <source>The reply was due on {due}: {days} overdue.</source>
        <translation>Het antwoord had er op {due} moeten zijn: {days} te laat.</translation>
    </message>
    <message>
        <source>A reply is due by {due} ({days} left).</source>
        <translation>Een antwoord wordt uiterlijk {due} verwacht (nog {days}).</translation>
    </message>
    <message>
        <source>If they extend it, by {date} at the latest.</source>
        <translation>Als ze de termijn verlengen: uiterlijk {date}.</translation>
    </message>
    <message>
        <source>Done on {done}; platforms can switch such settings back: check it again now.</source>
        <translation>Gedaan op {done}; platforms kunnen zulke instellingen terugzetten: controleer het nu opnieuw.</translation>
    </message>
    <message>
        <source>Check this again on {date}.</source>
        <translation>Controleer dit opnieuw op {date}.</translation>
    </message>
    <message>
        <source>Open the complaint guide</source>
        <translation>Het stappenplan voor een klacht openen</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Europese Unie</translation>
    </message>
    <message>
        <source>Iceland, Liechtenstein or Norway (EEA)</source>
        <translation>IJsland, Liechtenstein of Noorwegen (EER)</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Verenigd Koninkrijk</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Verenigde Staten</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Ergens anders</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Account bewerken</translation>
    </message>
    <message>
        <source>for example: my art Instagram</source>
        <translation>bijvoorbeeld: mijn kunst-Instagram</translation>
    </message>
    <message>
        <source>optional, e.g. @myname</source>
        <translation>optioneel, bijv. @mijnnaam</translation>
    </message>
    <message>
        <source>optional: the account&apos;s email address</source>
        <translation>optioneel: het e-mailadres van het account</translation>
    </message>
    <message>
        <source>optional: your name, for the objection text</source>
        <translation>optioneel: je naam, voor de tekst van het bezwaar</translation>
    </message>
    <message>
        <source>optional: the country you live in</source>
        <translation>optioneel: het land waar je woont</translation>
    </message>
    <message>
        <source>optional: one name for your accounts that are linked</source>
        <translation>optioneel: één naam voor je accounts die gekoppeld zijn</translation>
    </message>
    <message>
        <source>The window&apos;s language ({language})</source>
        <translation>De taal van het venster ({language})</translation>
    </message>
    <message>
        <source>The language of the texts you copy and send (objections, complaints). A guide not translated into it gives them in English.</source>
        <translation>De taal van de teksten die je kopieert en verstuurt (bezwaren, klachten). Een stappenplan dat niet in die taal is vertaald, geeft ze in het Engels.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>La&amp;bel:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Platform:</translation>
    </message>
    <message>
        <source>&amp;Where you live:</source>
        <translation>Waar je &amp;woont:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Je &amp;naam:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Linked accounts:</source>
        <translation>Gekoppel&amp;de accounts:</translation>
    </message>
    <message>
        <source>Letters &amp;in:</source>
        <translation>&amp;Taal van brieven:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
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
        <translation>Account toegevoegd</translation>
    </message>
    <message>
        <source>Account details changed</source>
        <translation>Accountgegevens gewijzigd</translation>
    </message>
    <message>
        <source>Account archived</source>
        <translation>Account gearchiveerd</translation>
    </message>
    <message>
        <source>Account restored</source>
        <translation>Account teruggezet</translation>
    </message>
    <message>
        <source>Step done</source>
        <translation>Stap gedaan</translation>
    </message>
    <message>
        <source>Step marked not done</source>
        <translation>Stap gemarkeerd als niet gedaan</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status gewijzigd</translation>
    </message>
    <message>
        <source>Status date changed</source>
        <translation>Datum van de status gewijzigd</translation>
    </message>
    <message>
        <source>Reference changed</source>
        <translation>Referentienummer gewijzigd</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Notitie opgeslagen</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>Bijlage toegevoegd</translation>
    </message>
    <message>
        <source>Attached file renamed</source>
        <translation>Bijlage hernoemd</translation>
    </message>
    <message>
        <source>Attached file removed</source>
        <translation>Bijlage verwijderd</translation>
    </message>
    <message>
        <source>Attached file restored</source>
        <translation>Bijlage teruggezet</translation>
    </message>
    <message>
        <source>Procedure completed</source>
        <translation>Stappenplan afgerond</translation>
    </message>
    <message>
        <source>Procedure reopened</source>
        <translation>Stappenplan heropend</translation>
    </message>
    <message>
        <source>Procedure shown or hidden</source>
        <translation>Stappenplan getoond of verborgen</translation>
    </message>
    <message>
        <source>Reply period extended by the other side</source>
        <translation>Antwoordtermijn verlengd door de andere partij</translation>
    </message>
    <message>
        <source>Reply period extension removed</source>
        <translation>Verlenging van de antwoordtermijn verwijderd</translation>
    </message>
    <message>
        <source>Covered by “{account}”: {guide}, sent {day}</source>
        <translation>Gedekt door “{account}”: {guide}, verstuurd op {day}</translation>
    </message>
    <message>
        <source>Covered by “{account}”: {guide}</source>
        <translation>Gedekt door “{account}”: {guide}</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Stappenplan</translation>
    </message>
    <message>
        <source>Step “{step}”</source>
        <translation>Stap “{step}”</translation>
    </message>
    <message>
        <source>{step} (no longer in the guide)</source>
        <translation>{step} (staat niet meer in het stappenplan)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>step “{step}”</source>
        <translation>stap “{step}”</translation>
    </message>
    <message>
        <source>Status date or reference saved</source>
        <translation>Datum van de status of referentienummer opgeslagen</translation>
    </message>
    <message>
        <source>status {status}</source>
        <translation>status: {status}</translation>
    </message>
    <message>
        <source>from {before} to {after}</source>
        <translation>van {before} naar {after}</translation>
    </message>
    <message>
        <source>reference {reference}</source>
        <translation>referentienummer {reference}</translation>
    </message>
    <message>
        <source>{status} since {when}</source>
        <translation>{status} sinds {when}</translation>
    </message>
    <message>
        <source>(was {before})</source>
        <translation>(was {before})</translation>
    </message>
    <message>
        <source>to {reference}</source>
        <translation>naar {reference}</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message numerus="yes">
        <source>(%n character(s))</source>
        <translation>
            <numerusform>(%n teken)</numerusform>
            <numerusform>(%n tekens)</numerusform>
        </translation>
    </message>
    <message>
        <source>(emptied)</source>
        <translation>(leeggemaakt)</translation>
    </message>
    <message>
        <source>Most important</source>
        <translation>Het belangrijkste</translation>
    </message>
    <message>
        <source>For the account&apos;s region ({region})</source>
        <translation>Voor de regio van het account ({region})</translation>
    </message>
    <message>
        <source>Date that matters</source>
        <translation>Belangrijke datum</translation>
    </message>
    <message>
        <source>(since {when})</source>
        <translation>(sinds {when})</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referentienummer</translation>
    </message>
    <message>
        <source>Reply period extended</source>
        <translation>Antwoordtermijn verlengd</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Version of the guide followed</source>
        <translation>Gevolgde versie van het stappenplan</translation>
    </message>
    <message>
        <source>(the guide has changed since)</source>
        <translation>(het stappenplan is sindsdien veranderd)</translation>
    </message>
    <message>
        <source>How the guide was checked</source>
        <translation>Hoe het stappenplan is gecontroleerd</translation>
    </message>
    <message>
        <source>dated {day}</source>
        <translation>gedateerd {day}</translation>
    </message>
    <message>
        <source>read {day}</source>
        <translation>gelezen op {day}</translation>
    </message>
    <message>
        <source>Generated {when} by Objector {version}. All times are in the time zone {zone}.</source>
        <translation>Gemaakt op {when} door Objector {version}. Alle tijden staan in de tijdzone {zone}.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>Gekoppelde accounts</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Added to Objector</source>
        <translation>Toegevoegd aan Objector</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>{guide} (no longer in the library)</source>
        <translation>{guide} (staat niet meer in de verzameling)</translation>
    </message>
    <message>
        <source>{name}, {size}, SHA-256 {sha256}, attached {when}</source>
        <translation>{name}, {size}, SHA-256 {sha256}, bijgevoegd op {when}</translation>
    </message>
    <message>
        <source>Objector evidence report</source>
        <translation>Objector-bewijsrapport</translation>
    </message>
    <message>
        <source>Guide id</source>
        <translation>Id van het stappenplan</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Antwoord verwacht</translation>
    </message>
    <message>
        <source>Check again on</source>
        <translation>Opnieuw controleren op</translation>
    </message>
    <message>
        <source>Account: {account}</source>
        <translation>Account: {account}</translation>
    </message>
    <message>
        <source>Account notes:</source>
        <translation>Notities bij het account:</translation>
    </message>
    <message>
        <source>Steps done:</source>
        <translation>Gedane stappen:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notities:</translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation>Bijlagen:</translation>
    </message>
    <message>
        <source>Sources of the guide:</source>
        <translation>Bronnen van het stappenplan:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>en</source>
        <translation>nl</translation>
    </message>
    <message>
        <source>Reply due: {guide} ({account})</source>
        <translation>Antwoord verwacht: {guide} ({account})</translation>
    </message>
    <message>
        <source>Submitted on {day}. If there is no reply by this date, you can send a reminder or complain to a data protection authority.</source>
        <translation>Ingediend op {day}. Komt er voor deze datum geen antwoord, dan kun je een herinnering sturen of een klacht indienen bij een toezichthouder.</translation>
    </message>
    <message>
        <source>Check again: {guide} ({account})</source>
        <translation>Opnieuw controleren: {guide} ({account})</translation>
    </message>
    <message>
        <source>Platforms can switch settings back on; check it is still as you left it.</source>
        <translation>Platforms kunnen instellingen weer aanzetten. Controleer of alles nog zo staat als je het hebt gelaten.</translation>
    </message>
    <message>
        <source>Deadline: {guide} ({account})</source>
        <translation>Deadline: {guide} ({account})</translation>
    </message>
    <message>
        <source>optional: a name for the Accounts Center these accounts share</source>
        <translation>optioneel: een naam voor het Accounts Center dat deze accounts delen</translation>
    </message>
    <message>
        <source>optional: one name for your linked accounts, so one request can cover them</source>
        <translation>optioneel: één naam voor je gekoppelde accounts, zodat één verzoek voor allemaal kan gelden</translation>
    </message>
    <message>
        <source>Give the account a label, so you can tell it from your others.</source>
        <translation>Geef het account een label, zodat je het van je andere accounts kunt onderscheiden.</translation>
    </message>
    <message>
        <source>Guide files with problems</source>
        <translation>Stappenplanbestanden met problemen</translation>
    </message>
    <message>
        <source>These files were skipped; every other guide loaded. Fix each problem in the file and save it, or check it with &apos;objector validate FILE&apos;.</source>
        <translation>Deze bestanden zijn overgeslagen; alle andere stappenplannen zijn geladen. Los elk probleem op in het bestand en sla het op, of controleer het met &apos;objector validate FILE&apos;.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>Choose a guide or a step first, then attach the file to it.</source>
        <translation>Kies eerst een stappenplan of een stap, en voeg het bestand daar dan aan toe.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Bestanden bijvoegen</translation>
    </message>
    <message>
        <source>Attach a large file?</source>
        <translation>Een groot bestand bijvoegen?</translation>
    </message>
    <message>
        <source>This file is {size}. Attach a copy anyway?

{name}</source>
        <translation>Dit bestand is {size}. Toch een kopie bijvoegen?

{name}</translation>
    </message>
    <message>
        <source>The picture could not be made into a PNG file: nothing was attached.</source>
        <translation>De afbeelding kon niet worden omgezet naar een PNG-bestand: er is niets bijgevoegd.</translation>
    </message>
    <message>
        <source>Pasted picture {time}.png</source>
        <translation>Geplakte afbeelding {time}.png</translation>
    </message>
    <message>
        <source>“{name}” is attached here already.</source>
        <translation>“{name}” is hier al bijgevoegd.</translation>
    </message>
    <message>
        <source>Attached “{name}”.</source>
        <translation>“{name}” bijgevoegd.</translation>
    </message>
    <message>
        <source>The stored copy of “{name}” is missing (was it deleted?): {path}</source>
        <translation>De opgeslagen kopie van “{name}” ontbreekt (is die verwijderd?): {path}</translation>
    </message>
    <message>
        <source>No program opened “{name}”. Its copy is in {path}</source>
        <translation>Geen enkel programma heeft “{name}” geopend. De kopie staat in {path}</translation>
    </message>
    <message>
        <source>Rename attached file</source>
        <translation>Naam van bijlage wijzigen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Removed “{name}”. Undo brings it back.</source>
        <translation>“{name}” verwijderd. Met Ongedaan maken haal je het terug.</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} bytes</translation>
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
        <translation>{size} · bijgevoegd op {date}</translation>
    </message>
    <message>
        <source>E-mail from {sender}, {date}: {subject}</source>
        <translation>E-mail van {sender}, {date}: {subject}</translation>
    </message>
    <message>
        <source>Date: {date}
From: {sender}
Subject: {subject}</source>
        <translation>Datum: {date}
Van: {sender}
Onderwerp: {subject}</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>No files attached. Drop files here, paste a screenshot (Ctrl+V) or use “Attach file…”.</source>
        <translation>Geen bijlagen. Sleep bestanden hierheen, plak een schermafbeelding (Ctrl+V) of gebruik “Bestand bijvoegen…”.</translation>
    </message>
    <message>
        <source>No files attached</source>
        <translation>Geen bijlagen</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Bestand bijvoegen…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Een bestand bijvoegen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open the attached file</source>
        <translation>De bijlage openen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Naam wijzigen…</translation>
    </message>
    <message>
        <source>Rename the attached file</source>
        <translation>De naam van de bijlage wijzigen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the attached file</source>
        <translation>De bijlage verwijderen</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.{advice}</source>
        <translation>{path} kon niet worden opgeslagen: {reason}.{advice}</translation>
    </message>
    <message>
        <source>The report was not written</source>
        <translation>Het rapport is niet opgeslagen</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle accounts</translation>
    </message>
    <message>
        <source>Only “{label}”</source>
        <translation>Alleen “{label}”</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <source>Which accounts?</source>
        <translation>Welke accounts?</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Webpagina (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Rapport niet opgeslagen</translation>
    </message>
    <message>
        <source>Choose another folder, or free some space, and try again.</source>
        <translation>Kies een andere map, of maak wat ruimte vrij, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>Rapport opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>The calendar file was not written</source>
        <translation>Het agendabestand is niet opgeslagen</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>Nog geen datums</translation>
    </message>
    <message>
        <source>There is nothing to put in a calendar yet: no reply is due, no deadline is coming and no setting needs checking again.

When you tick the step that sends a request (or set its status to submitted), its reply date comes here.</source>
        <translation>Er is nog niets om in een agenda te zetten: er wordt geen antwoord verwacht, er komt geen deadline aan en er hoeft geen instelling opnieuw gecontroleerd te worden.

Als je de stap afvinkt waarmee je een verzoek verstuurt (of de status op ingediend zet), komt de datum voor het antwoord hier te staan.</translation>
    </message>
    <message>
        <source>Export due dates</source>
        <translation>Datums exporteren</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <source>Calendar file not written</source>
        <translation>Agendabestand niet opgeslagen</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) written to {path}. Open it with your calendar.</source>
        <translation>
            <numerusform>%n datum opgeslagen in {path}. Open het bestand met je agenda.</numerusform>
            <numerusform>%n datums opgeslagen in {path}. Open het bestand met je agenda.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was not written</source>
        <translation>De back-up is niet opgeslagen</translation>
    </message>
    <message>
        <source>Back up everything</source>
        <translation>Back-up van alles maken</translation>
    </message>
    <message>
        <source>Objector backup with attached files (*.zip);;Records only (*.json)</source>
        <translation>Objector-back-up met bijlagen (*.zip);;Alleen de gegevens (*.json)</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Back-up opgeslagen in {path}.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Er is niets geïmporteerd</translation>
    </message>
    <message>
        <source>Import a backup</source>
        <translation>Een back-up importeren</translation>
    </message>
    <message>
        <source>Objector backup (*.zip *.json)</source>
        <translation>Objector-back-up (*.zip *.json)</translation>
    </message>
    <message>
        <source>Backup imported</source>
        <translation>Back-up geïmporteerd</translation>
    </message>
    <message>
        <source>Added {accounts} account(s), {ticks} ticked step(s), {notes} note(s) and {history} history entries.</source>
        <translation>Toegevoegd: {accounts} account(s), {ticks} afgevinkte stap(pen), {notes} notitie(s) en {history} regels geschiedenis.</translation>
    </message>
    <message>
        <source>Import a Markdown checklist</source>
        <translation>Een Markdown-checklist importeren</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown *.txt)</source>
        <translation>Markdown (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Niet geïmporteerd</translation>
    </message>
    <message>
        <source>{path} could not be read as UTF-8 text: {reason}</source>
        <translation>{path} kon niet worden gelezen als UTF-8-tekst: {reason}</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>Where is this checklist from?</source>
        <translation>Waar komt deze checklist vandaan?</translation>
    </message>
    <message>
        <source>The checklist names no web page. Give the address it comes from (https://…):</source>
        <translation>De checklist noemt geen webpagina. Geef het adres waar hij vandaan komt (https://…):</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>{path} kon niet worden opgeslagen: {reason}</translation>
    </message>
    <message numerus="yes">
        <source> %n link(s) that were not web or e-mail links were left out.</source>
        <translation>
            <numerusform> %n link die geen web- of e-maillink was, is weggelaten.</numerusform>
            <numerusform> %n links die geen web- of e-maillinks waren, zijn weggelaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checklist imported</source>
        <translation>Checklist geïmporteerd</translation>
    </message>
    <message>
        <source>{steps} step(s) imported into {path}.{dropped}

Open the file to check its platforms, regions and sources; Objector reloads it whenever you save it.</source>
        <translation>{steps} stap(pen) geïmporteerd in {path}.{dropped}

Open het bestand om de platforms, regio&apos;s en bronnen te controleren; Objector laadt het opnieuw zodra je het opslaat.</translation>
    </message>
    <message>
        <source>Choose a guide or a step first.</source>
        <translation>Kies eerst een stappenplan of een stap.</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Een probleem melden</translation>
    </message>
    <message>
        <source>A report about this procedure is on the clipboard. Paste it into an e-mail or an issue for the people who keep the procedures, and add what you saw. Objector sends nothing itself.</source>
        <translation>Er staat een melding over dit stappenplan op het klembord. Plak die in een e-mail of een issue voor de mensen die de stappenplannen bijhouden, en schrijf erbij wat je zag. Objector verstuurt zelf niets.</translation>
    </message>
    <message>
        <source>Open in my e-mail program</source>
        <translation>Openen in mijn e-mailprogramma</translation>
    </message>
    <message>
        <source>No e-mail program answered. The report is on the clipboard: paste it into an e-mail or an issue for the people who keep the procedures.</source>
        <translation>Er reageerde geen e-mailprogramma. De melding staat op het klembord: plak die in een e-mail of een issue voor de mensen die de stappenplannen bijhouden.</translation>
    </message>
    <message>
        <source>Actions due</source>
        <translation>Acties te doen</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) due: see the Overview (Ctrl+2)</source>
        <translation>
            <numerusform>%n actie te doen: zie het Overzicht (Ctrl+2)</numerusform>
            <numerusform>%n acties te doen: zie het Overzicht (Ctrl+2)</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: every file loaded.</source>
        <translation>Geen problemen: alle bestanden zijn geladen.</translation>
    </message>
    <message>
        <source>About Objector</source>
        <translation>Over Objector</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Objector {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Keeps track of objecting to AI training on your data, account by account. Everything stays on this computer; Objector never connects to the internet itself.&lt;/p&gt;&lt;p&gt;Your data folder: {folder}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Objector {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Houdt per account bij hoe je bezwaar maakt tegen AI-training met je gegevens. Alles blijft op deze computer; Objector maakt zelf nooit verbinding met internet.&lt;/p&gt;&lt;p&gt;Je gegevensmap: {folder}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Uit &amp;archief halen</translation>
    </message>
    <message>
        <source>Added the complaint guide to this account.</source>
        <translation>Het stappenplan voor een klacht is aan dit account toegevoegd.</translation>
    </message>
    <message>
        <source>Guides reloaded: {count} loaded.</source>
        <translation>Stappenplannen opnieuw geladen: {count} geladen.</translation>
    </message>
    <message>
        <source>Objector is already open: this is its window.</source>
        <translation>Objector is al geopend: dit is het venster.</translation>
    </message>
    <message>
        <source>Updated: your data was changed outside this window.</source>
        <translation>Bijgewerkt: je gegevens zijn buiten dit venster gewijzigd.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{platform}, {region}: {done} of %n step(s) done{archived}</source>
        <translation>
            <numerusform>{platform}, {region}: {done} van %n stap gedaan{archived}</numerusform>
            <numerusform>{platform}, {region}: {done} van %n stappen gedaan{archived}</numerusform>
        </translation>
    </message>
    <message>
        <source>Guide and steps</source>
        <translation>Stappenplan en stappen</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (optioneel)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gedaan</translation>
    </message>
    <message>
        <source>or: {title}</source>
        <translation>of: {title}</translation>
    </message>
    <message>
        <source>{title} (in English)</source>
        <translation>{title} (in het Engels)</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} van {total}</translation>
    </message>
    <message>
        <source>{progress} · covered</source>
        <translation>{progress} · gedekt</translation>
    </message>
    <message>
        <source>{progress} · {status}</source>
        <translation>{progress} · {status}</translation>
    </message>
    <message>
        <source>

Last checked {date}: may be out of date.</source>
        <translation>

Laatst gecontroleerd op {date}: mogelijk verouderd.</translation>
    </message>
    <message>
        <source>

Do one of these: this route or the one above it. One is enough.</source>
        <translation>

Doe er één van: deze route of die erboven. Eén is genoeg.</translation>
    </message>
    <message>
        <source>

This guide is not yet translated into your language: it is shown in English.</source>
        <translation>

Dit stappenplan is nog niet in jouw taal vertaald: het wordt in het Engels getoond.</translation>
    </message>
    <message>
        <source>

Covered by what you did on “{account}” (linked accounts: one request covers them all).</source>
        <translation>

Gedekt door wat je bij “{account}” hebt gedaan (gekoppelde accounts: één verzoek geldt voor allemaal).</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done</source>
        <translation>
            <numerusform>{done} van %n stap gedaan</numerusform>
            <numerusform>{done} van %n stappen gedaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other way(s) to do this, shown below: one route is enough</source>
        <translation>
            <numerusform>Nog een manier om dit te doen, hieronder: één route is genoeg</numerusform>
            <numerusform>%n andere manieren om dit te doen, hieronder: één route is genoeg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other way(s) to do this (one route is enough)</source>
        <translation>
            <numerusform>Nog een manier om dit te doen (één route is genoeg)</numerusform>
            <numerusform>%n andere manieren om dit te doen (één route is genoeg)</numerusform>
        </translation>
    </message>
    <message>
        <source>The route above is the one recommended. Open this row (its arrow, or Enter) to show the other ways right below it; you need only one of them.</source>
        <translation>De route hierboven is de aanbevolen route. Open deze regel (met het pijltje, of Enter) om de andere manieren er direct onder te tonen; je hebt er maar één nodig.</translation>
    </message>
    <message>
        <source>covered by {account}</source>
        <translation>gedekt door {account}</translation>
    </message>
    <message>
        <source>Note changed elsewhere</source>
        <translation>Notitie elders gewijzigd</translation>
    </message>
    <message>
        <source>This note was changed outside this window (by another Objector or a command) while you were typing.

Keep both texts (the other one first, then yours), only yours, or only the other?</source>
        <translation>Deze notitie is buiten dit venster gewijzigd (door een andere Objector of een opdracht) terwijl jij aan het typen was.

Wil je beide teksten bewaren (eerst de andere, dan de jouwe), alleen de jouwe, of alleen de andere?</translation>
    </message>
    <message>
        <source>Changed elsewhere:
{stored}

Typed here:
{typed}</source>
        <translation>Elders gewijzigd:
{stored}

Hier getypt:
{typed}</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>&amp;Beide bewaren</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Alleen de &amp;mijne bewaren</translation>
    </message>
    <message>
        <source>Keep the &amp;other</source>
        <translation>Alleen de &amp;andere bewaren</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Notities niet opgeslagen</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) you typed could not be saved: {problem}.

File: {path}

{advice}

Stay in Objector to copy them somewhere safe (they are still in their note boxes), or close and lose them?</source>
        <translation>
            <numerusform>%n notitie die je typte kon niet worden opgeslagen: {problem}.

Bestand: {path}

{advice}

In Objector blijven om die ergens veilig te kopiëren (hij staat nog in zijn notitievak), of afsluiten en hem kwijtraken?</numerusform>
            <numerusform>%n notities die je typte konden niet worden opgeslagen: {problem}.

Bestand: {path}

{advice}

In Objector blijven om ze ergens veilig te kopiëren (ze staan nog in hun notitievakken), of afsluiten en ze kwijtraken?</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or fold away the notes</source>
        <translation>De notities tonen of inklappen</translation>
    </message>
    <message>
        <source>Notes for this account</source>
        <translation>Notities bij dit account</translation>
    </message>
    <message>
        <source>Notes for this account…</source>
        <translation>Notities bij dit account…</translation>
    </message>
    <message>
        <source>Notes for this guide</source>
        <translation>Notities bij dit stappenplan</translation>
    </message>
    <message>
        <source>Notes for this guide: reference numbers, replies…</source>
        <translation>Notities bij dit stappenplan: referentienummers, antwoorden…</translation>
    </message>
    <message>
        <source>Notes for this step</source>
        <translation>Notities bij deze stap</translation>
    </message>
    <message>
        <source>Notes for this step…</source>
        <translation>Notities bij deze stap…</translation>
    </message>
    <message>
        <source>Account &amp;notes</source>
        <translation>Notities bij &amp;account</translation>
    </message>
    <message>
        <source>&amp;Guide notes</source>
        <translation>Notities bij stappen&amp;plan</translation>
    </message>
    <message>
        <source>S&amp;tep notes</source>
        <translation>Notities bij s&amp;tap</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message numerus="yes">
        <source>Notes (%n with text)</source>
        <translation>
            <numerusform>Notities (%n met tekst)</numerusform>
            <numerusform>Notities (%n met tekst)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fold the notes away to give the step more room</source>
        <translation>Klap de notities in om de stap meer ruimte te geven</translation>
    </message>
    <message>
        <source>Show the notes for this account, guide and step</source>
        <translation>Toon de notities bij dit account, dit stappenplan en deze stap</translation>
    </message>
    <message>
        <source>You attached their reply for “{title}”, dated {date}. What did they answer?

Objector records it with that date; you can change it in the details.</source>
        <translation>Je hebt hun antwoord voor “{title}” bijgevoegd, gedateerd {date}. Wat hebben ze geantwoord?

Objector legt het vast met die datum; je kunt die aanpassen in de details.</translation>
    </message>
    <message>
        <source>You ticked the reply for “{title}”. What did they answer?

Objector records it with today&apos;s date; you can change the date in the details.</source>
        <translation>Je hebt het antwoord voor “{title}” afgevinkt. Wat hebben ze geantwoord?

Objector legt het vast met de datum van vandaag; je kunt de datum aanpassen in de details.</translation>
    </message>
    <message>
        <source>What came back?</source>
        <translation>Wat kwam er terug?</translation>
    </message>
    <message>
        <source>They &amp;agreed</source>
        <translation>Ze zijn &amp;akkoord</translation>
    </message>
    <message>
        <source>They &amp;refused</source>
        <translation>Ze &amp;weigeren</translation>
    </message>
    <message>
        <source>They need &amp;more time</source>
        <translation>Ze hebben &amp;meer tijd nodig</translation>
    </message>
    <message>
        <source>&amp;Nothing yet</source>
        <translation>&amp;Nog niets</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Complain?</source>
        <translation>Klacht indienen?</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Opnieuw controleren</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachten</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>{date} · {kind} · {account} · {procedure}: {action}</source>
        <translation>{date} · {kind} · {account} · {procedure}: {action}</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>Volgende acties</translation>
    </message>
    <message>
        <source>Nothing is due. Objector will list replies, deadlines and settings to check again here when they come up.</source>
        <translation>Er staat nu niets open. Objector zet hier antwoorden, deadlines en instellingen die je opnieuw moet controleren, zodra het zover is.</translation>
    </message>
    <message>
        <source>All accounts and guides</source>
        <translation>Alle accounts en stappenplannen</translation>
    </message>
    <message>
        <source>&amp;Next actions</source>
        <translation>&amp;Volgende acties</translation>
    </message>
    <message>
        <source>&amp;All accounts</source>
        <translation>A&amp;lle accounts</translation>
    </message>
    <message>
        <source>Qt could not write the PDF to {path}</source>
        <translation>Qt kon de pdf niet opslaan in {path}</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>Problemen tonen</translation>
    </message>
    <message>
        <source>Show the problems in guide files</source>
        <translation>De problemen in stappenplanbestanden tonen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Dismiss the notice of problems in guide files</source>
        <translation>De melding over problemen in stappenplanbestanden sluiten</translation>
    </message>
    <message numerus="yes">
        <source>%n guide file(s) have problems and were skipped; everything else loaded.</source>
        <translation>
            <numerusform>%n stappenplanbestand heeft problemen en is overgeslagen; al het andere is geladen.</numerusform>
            <numerusform>%n stappenplanbestanden hebben problemen en zijn overgeslagen; al het andere is geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a guide to this account</source>
        <translation>Een stappenplan toevoegen aan dit account</translation>
    </message>
    <message>
        <source>Hidden. Guide &gt; Show a hidden guide again brings it back.</source>
        <translation>Verborgen. Met Stappenplan &gt; Verborgen stappenplan weer tonen haal je het terug.</translation>
    </message>
    <message>
        <source>No guide is hidden for this account.</source>
        <translation>Er is geen stappenplan verborgen voor dit account.</translation>
    </message>
    <message>
        <source>Show a hidden guide again</source>
        <translation>Verborgen stappenplan weer tonen</translation>
    </message>
    <message>
        <source>Proposed, not in force:</source>
        <translation>Voorgesteld, nog niet van kracht:</translation>
    </message>
    <message>
        <source>Most important:</source>
        <translation>Het belangrijkste:</translation>
    </message>
    <message>
        <source>For your region ({region}):</source>
        <translation>Voor jouw regio ({region}):</translation>
    </message>
    <message>
        <source>What you get:</source>
        <translation>Wat je krijgt:</translation>
    </message>
    <message>
        <source>Date that matters:</source>
        <translation>Belangrijke datum:</translation>
    </message>
    <message>
        <source>More to know</source>
        <translation>Meer om te weten</translation>
    </message>
    <message>
        <source>Where sources disagree, for reviewers</source>
        <translation>Waar bronnen het oneens zijn, voor controleurs</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>What is happening (updated {date})</source>
        <translation>Wat er speelt (bijgewerkt op {date})</translation>
    </message>
    <message>
        <source>It may be out of date.</source>
        <translation>Mogelijk is dit verouderd.</translation>
    </message>
    <message>
        <source>Its name for problem reports: {id}</source>
        <translation>Naam van dit stappenplan voor probleemmeldingen: {id}</translation>
    </message>
    <message>
        <source>dated {published}, read {accessed}</source>
        <translation>gedateerd {published}, gelezen op {accessed}</translation>
    </message>
    <message>
        <source>dated {published}</source>
        <translation>gedateerd {published}</translation>
    </message>
    <message>
        <source>undated, read {accessed}</source>
        <translation>zonder datum, gelezen op {accessed}</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>zonder datum</translation>
    </message>
    <message>
        <source>This step&apos;s translation is older than the English text, which says:</source>
        <translation>De vertaling van deze stap is ouder dan de Engelse tekst. Die luidt:</translation>
    </message>
    <message>
        <source>What to expect:</source>
        <translation>Wat je kunt verwachten:</translation>
    </message>
    <message>
        <source>This guide changed since you finished it. New steps: {titles}</source>
        <translation>Dit stappenplan is veranderd sinds je het afrondde. Nieuwe stappen: {titles}</translation>
    </message>
    <message>
        <source>This guide changed since you finished it; check it again.</source>
        <translation>Dit stappenplan is veranderd sinds je het afrondde; controleer het opnieuw.</translation>
    </message>
    <message>
        <source>You ticked steps that are no longer in this guide (kept in your history): {steps}</source>
        <translation>Je hebt stappen afgevinkt die niet meer in dit stappenplan staan (bewaard in je geschiedenis): {steps}</translation>
    </message>
    <message>
        <source>Last checked on {date}: it may be out of date.</source>
        <translation>Laatst gecontroleerd op {date}: mogelijk is dit verouderd.</translation>
    </message>
    <message>
        <source>Recorded as sent today: the reply clock has started.</source>
        <translation>Vandaag als verstuurd vastgelegd: de antwoordtermijn loopt.</translation>
    </message>
    <message>
        <source>Recorded what came back, on {date}.</source>
        <translation>Vastgelegd wat er terugkwam, op {date}.</translation>
    </message>
    <message>
        <source>Noted. Objector will remind you again later.</source>
        <translation>Genoteerd. Objector herinnert je er later weer aan.</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Wijzigingen nog niet opgeslagen</translation>
    </message>
    <message>
        <source>Not saved yet: {problem}.</source>
        <translation>Nog niet opgeslagen: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved yet: another program is using your data. Objector keeps trying.</source>
        <translation>
            <numerusform>%n wijziging nog niet opgeslagen: een ander programma gebruikt je gegevens. Objector blijft het proberen.</numerusform>
            <numerusform>%n wijzigingen nog niet opgeslagen: een ander programma gebruikt je gegevens. Objector blijft het proberen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still not saved: {problem}. File: {path}</source>
        <translation>Nog steeds niet opgeslagen: {problem}. Bestand: {path}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
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

Er is verder niets gewijzigd. Blijft dit gebeuren? Gebruik dan Stappenplan &gt; Een probleem met dit stappenplan melden, of de opdrachtregel (objector --help), en vertel wat je deed.</translation>
    </message>
    <message>
        <source>Checklist or overview</source>
        <translation>Checklist of overzicht</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Objector&lt;/h2&gt;&lt;p&gt;Add each account you want to protect: your Facebook, your Instagram, a second profile. Objector then shows, for each one, the steps to object to AI training or limit it, and keeps track of what you have done.&lt;/p&gt;&lt;p&gt;Everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Welkom bij Objector&lt;/h2&gt;&lt;p&gt;Voeg elk account toe dat je wilt beschermen: je Facebook, je Instagram, een tweede profiel. Objector laat dan voor elk account de stappen zien om bezwaar te maken tegen AI-training of die te beperken, en houdt bij wat je al hebt gedaan.&lt;/p&gt;&lt;p&gt;Alles blijft op deze computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add your first account…</source>
        <translation>Je eerste account toevoegen…</translation>
    </message>
    <message>
        <source>Add your first account</source>
        <translation>Je eerste account toevoegen</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Systeemtaal ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Objector will speak {language} from its next start.</source>
        <translation>Objector gebruikt vanaf de volgende start de taal {language}.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Nu &amp;opnieuw starten</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
</context>
</TS>
