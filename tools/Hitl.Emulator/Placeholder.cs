namespace Hitl.Emulator { }
