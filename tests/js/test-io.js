import System from 'system';
System.exit(77);
