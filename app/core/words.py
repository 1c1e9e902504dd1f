"""Words that the core gives the window to show, translatable although the core never imports Qt.

Instead of finished English, a rule hands over `Words`: an English template and the values to fill into
it. The template is written inside `QT_TRANSLATE_NOOP("", "...")`, the plain function below, named as Qt's
own marker: `pyside6-lupdate` recognises the call by its name and extracts the template under the context
`""`, the one the window's `app.ui.models.tr` translates in. The window translates the template and fills
it (`app.ui.models.words_text`); `str(words)` is the English, for whatever is not the window (the command
line, tests).

Only a literal template, inside the marker, is extracted: `words(QT_TRANSLATE_NOOP("", "Due {date}"),
date=...)`, never a template built at run time. The names of platforms and statuses are here too, marked
the same way, for the window to translate where it shows them.
"""

from __future__ import annotations

from app.core.records import record


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Marks `text` for extraction under `context` (always "" in Objector) and returns it unchanged."""
    return text


@record(frozen=True)
class Words:
    """An English template, `str.format` style, and the values for its `{names}`."""

    template: str
    values: tuple[tuple[str, str], ...] = ()

    def filled(self, template: str) -> str:
        """`template` (this template, or a translation of it) with the values filled in."""
        return template.format_map(dict(self.values))

    def __str__(self) -> str:
        return self.filled(self.template)


def words(template: str, **values: object) -> Words:
    """`Words` for a template marked with `QT_TRANSLATE_NOOP("", ...)` and its values, each shown as text."""
    return Words(template, tuple((name, str(value)) for name, value in values.items()))


# The names of platforms and of statuses, translated where the window shows them (app.ui.models'
# platform_label and status_label). Most platform names are brands, which a translation keeps as they are.
PLATFORM_NAMES = {
    "facebook": QT_TRANSLATE_NOOP("", "Facebook"), "instagram": QT_TRANSLATE_NOOP("", "Instagram"),
    "threads": QT_TRANSLATE_NOOP("", "Threads"), "whatsapp": QT_TRANSLATE_NOOP("", "WhatsApp"),
    "messenger": QT_TRANSLATE_NOOP("", "Messenger"), "meta-ai": QT_TRANSLATE_NOOP("", "Meta AI"),
    "linkedin": QT_TRANSLATE_NOOP("", "LinkedIn"), "x": QT_TRANSLATE_NOOP("", "X (Twitter)"),
    "reddit": QT_TRANSLATE_NOOP("", "Reddit"), "gemini": QT_TRANSLATE_NOOP("", "Google Gemini"),
    "chatgpt": QT_TRANSLATE_NOOP("", "ChatGPT"), "claude": QT_TRANSLATE_NOOP("", "Claude"),
    "copilot": QT_TRANSLATE_NOOP("", "Microsoft Copilot"), "slack": QT_TRANSLATE_NOOP("", "Slack"),
    "tumblr": QT_TRANSLATE_NOOP("", "Tumblr"), "wordpress": QT_TRANSLATE_NOOP("", "WordPress.com"),
    "quora": QT_TRANSLATE_NOOP("", "Quora"), "substack": QT_TRANSLATE_NOOP("", "Substack"),
    "squarespace": QT_TRANSLATE_NOOP("", "Squarespace"), "adobe": QT_TRANSLATE_NOOP("", "Adobe"),
    "pinterest": QT_TRANSLATE_NOOP("", "Pinterest"), "deviantart": QT_TRANSLATE_NOOP("", "DeviantArt"),
    "zoom": QT_TRANSLATE_NOOP("", "Zoom"), "grammarly": QT_TRANSLATE_NOOP("", "Grammarly"),
    "perplexity": QT_TRANSLATE_NOOP("", "Perplexity"), "snapchat": QT_TRANSLATE_NOOP("", "Snapchat"),
    "alexa": QT_TRANSLATE_NOOP("", "Amazon Alexa"), "udemy": QT_TRANSLATE_NOOP("", "Udemy"),
    "figma": QT_TRANSLATE_NOOP("", "Figma"), "youtube": QT_TRANSLATE_NOOP("", "YouTube"),
    "discord": QT_TRANSLATE_NOOP("", "Discord"),
    "apple": QT_TRANSLATE_NOOP("", "Apple (Siri, Apple Intelligence)"),
    "atlassian": QT_TRANSLATE_NOOP("", "Atlassian"), "confluence": QT_TRANSLATE_NOOP("", "Confluence"),
    "jira": QT_TRANSLATE_NOOP("", "Jira"), "bluesky": QT_TRANSLATE_NOOP("", "Bluesky"),
    "canva": QT_TRANSLATE_NOOP("", "Canva"), "capcut": QT_TRANSLATE_NOOP("", "CapCut"),
    "character-ai": QT_TRANSLATE_NOOP("", "Character.AI"), "cursor": QT_TRANSLATE_NOOP("", "Cursor"),
    "deepl": QT_TRANSLATE_NOOP("", "DeepL"), "deepseek": QT_TRANSLATE_NOOP("", "DeepSeek"),
    "dropbox": QT_TRANSLATE_NOOP("", "Dropbox"), "github-copilot": QT_TRANSLATE_NOOP("", "GitHub Copilot"),
    "grok": QT_TRANSLATE_NOOP("", "Grok"), "jetbrains": QT_TRANSLATE_NOOP("", "JetBrains"),
    "le-chat": QT_TRANSLATE_NOOP("", "Le Chat (Mistral AI)"), "medium": QT_TRANSLATE_NOOP("", "Medium"),
    "notion": QT_TRANSLATE_NOOP("", "Notion"), "otter": QT_TRANSLATE_NOOP("", "Otter.ai"),
    "replit": QT_TRANSLATE_NOOP("", "Replit"), "samsung": QT_TRANSLATE_NOOP("", "Samsung Galaxy AI"),
    "soundcloud": QT_TRANSLATE_NOOP("", "SoundCloud"), "tiktok": QT_TRANSLATE_NOOP("", "TikTok"),
    "wetransfer": QT_TRANSLATE_NOOP("", "WeTransfer"), "windsurf": QT_TRANSLATE_NOOP("", "Windsurf"),
    "wix": QT_TRANSLATE_NOOP("", "Wix"), "other": QT_TRANSLATE_NOOP("", "Other"),
}

STATUS_LABELS = {
    "not-started": QT_TRANSLATE_NOOP("", "not started"),
    "in-progress": QT_TRANSLATE_NOOP("", "in progress"),
    "submitted": QT_TRANSLATE_NOOP("", "submitted"),
    "waiting": QT_TRANSLATE_NOOP("", "waiting for a reply"),
    "granted": QT_TRANSLATE_NOOP("", "granted"),
    "refused": QT_TRANSLATE_NOOP("", "refused"),
    "no-reply": QT_TRANSLATE_NOOP("", "no reply"),
    "not-applicable": QT_TRANSLATE_NOOP("", "not applicable"),
}
