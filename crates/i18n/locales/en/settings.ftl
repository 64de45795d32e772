# Settings of this computer.

settings-heading = Settings
settings-lead = How the app is used on this computer. Settings are kept on this computer only and do not affect other computers.
settings-loading = Loading the settings…
settings-language = Language
settings-language-auto = Same as this computer ({ $lang })
settings-language-hint = The language of the screens. It changes as soon as you choose.
settings-language-saved = The language has been changed.
settings-shared = Shared computer
settings-shared-check = Use this computer as a shared computer
settings-shared-hint = Tick this on a computer other people also use, such as at Hello Work or a library. Signing out and quitting the app then remove the sign-in (keyring) and the MyPage data kept on this computer. If it is not ticked, you stay signed in after quitting the app until you sign out.
settings-shared-fixed = The administrator has set this computer up as a shared computer. This setting cannot be changed.
settings-shared-counselor-now = While you are signed in with a Hello Work staff account, this computer is treated as shared whatever this setting says: the sign-in is removed when you sign out and when the app quits.
settings-shared-counselor = When a Hello Work staff account signs in, this computer is treated as shared whatever this setting says.
settings-save = Save settings
settings-saving = Saving…
settings-saved-shared = This computer is now a shared computer. Signing out and quitting the app will remove the sign-in and the MyPage data kept on this computer.
settings-saved-private = This computer is no longer a shared computer. You stay signed in after quitting the app until you sign out.
