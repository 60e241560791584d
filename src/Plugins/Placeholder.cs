namespace Hitl.Plugins { }
